package vn.vientro.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

/** Reads {@link StepDefinition}s from the deployed BPMN, once per process version and task. */
@ApplicationScoped
public class StepDefinitions {

    @Inject
    RepositoryService repository;

    /** The longest text a field takes unless the BPMN says text(n). */
    static final int DEFAULT_TEXT_LENGTH = 4000;

    private final Map<String, StepDefinition> cache = new ConcurrentHashMap<>();

    public StepDefinition of(String processDefinitionId, String taskKey) {
        return cache.computeIfAbsent(processDefinitionId + "#" + taskKey, k -> {
            FlowElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
            return parse(element);
        });
    }

    /** The element's extension properties in document order. */
    public static Map<String, String> properties(BaseElement element) {
        Map<String, String> props = new LinkedHashMap<>();
        if (element == null || element.getExtensionElements() == null) {
            return props;
        }
        for (CamundaProperties group : element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty p : group.getCamundaProperties()) {
                props.put(p.getCamundaName(), p.getCamundaValue());
            }
        }
        return props;
    }

    static StepDefinition parse(FlowElement element) {
        Map<String, String> props = properties(element);
        List<StepDefinition.Outcome> outcomes = new ArrayList<>();
        Map<String, List<StepDefinition.Field>> fields = new HashMap<>();
        props.forEach((name, value) -> {
            if (name.startsWith("outcome:")) {
                String[] labels = value.split("\\|", 2);
                outcomes.add(new StepDefinition.Outcome(name.substring(8), labels[0].strip(),
                        labels.length > 1 ? labels[1].strip() : labels[0].strip()));
            } else if (name.startsWith("fields:")) {
                fields.put(name.substring(7), parseFields(value));
            }
        });
        boolean multiInstance = element instanceof Activity a && a.getLoopCharacteristics() != null;
        return new StepDefinition(element.getId(), element.getName(), props.getOrDefault("nameEn", element.getName()),
                List.copyOf(outcomes), Map.copyOf(fields), Boolean.parseBoolean(props.get("separateFromSubmitter")),
                Boolean.parseBoolean(props.get("editsProposal")), multiInstance,
                props.containsKey("deadlineDays") ? new StepDefinition.Deadline(props.get("deadlineDays"),
                        props.get("deadlineFrom"), props.get("deadlineDaysUsed")) : null);
    }

    private static List<StepDefinition.Field> parseFields(String spec) {
        List<StepDefinition.Field> fields = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] nameType = part.strip().split(":", 2);
            String type = nameType.length > 1 ? nameType[1].strip() : "text";
            boolean optional = type.endsWith("?");
            type = type.replace("?", "");
            int maxLength = 0;
            boolean decision = type.equals("date(decision)");
            if (decision) {
                type = "date";
            } else if (type.startsWith("text(")) {
                maxLength = Integer.parseInt(type.substring(5, type.indexOf(')')));
                type = "text";
            } else if (type.equals("text")) {
                maxLength = DEFAULT_TEXT_LENGTH;
            }
            fields.add(new StepDefinition.Field(nameType[0].strip(),
                    StepDefinition.FieldType.valueOf(type.toUpperCase(Locale.ROOT)), !optional, maxLength, decision));
        }
        return fields;
    }

    private static final Set<String> PROPERTIES = Set.of("nameEn", "status", "separateFromSubmitter", "editsProposal",
            "deadlineDays", "deadlineFrom", "deadlineDaysUsed", "decision");

    /**
     * What is wrong with the steps a model declares: unknown property names, steps without outcomes, fields for
     * an outcome the step does not offer, unknown field types, booleans that are not true/false. Checked when the
     * models are deployed, so a typo in a new process version stops the start-up instead of failing a user.
     */
    public static List<String> problems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            Map<String, String> props = properties(task);
            Set<String> outcomes = new HashSet<>();
            props.keySet().stream().filter(name -> name.startsWith("outcome:")).forEach(name -> outcomes.add(name.substring(8)));
            if (outcomes.isEmpty()) {
                problems.add(task.getId() + ": declares no outcome");
            }
            props.forEach((name, value) -> {
                if (name.startsWith("fields:")) {
                    if (!outcomes.contains(name.substring(7))) {
                        problems.add(task.getId() + ": " + name + " is for an outcome the step does not offer");
                    }
                    try {
                        parseFields(value);
                    } catch (RuntimeException e) {
                        problems.add(task.getId() + ": " + name + " has an unknown field type or length: " + value);
                    }
                } else if (!name.startsWith("outcome:") && !PROPERTIES.contains(name)) {
                    problems.add(task.getId() + ": unknown property " + name);
                }
            });
            for (String flag : List.of("separateFromSubmitter", "editsProposal")) {
                String value = props.get(flag);
                if (value != null && !value.equals("true") && !value.equals("false")) {
                    problems.add(task.getId() + ": " + flag + " must be true or false, not " + value);
                }
            }
        }
        return problems;
    }
}
