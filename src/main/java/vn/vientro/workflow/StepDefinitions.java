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
        Set<String> conditions = Set.copyOf(list(props.get("decisionConditions")));
        List<StepDefinition.Outcome> outcomes = new ArrayList<>();
        Map<String, List<StepDefinition.Field>> fields = new HashMap<>();
        props.forEach((name, value) -> {
            if (name.startsWith("outcome:")) {
                String[] labels = labels(value);
                outcomes.add(new StepDefinition.Outcome(name.substring(8), labels[0], labels[1]));
            } else if (name.startsWith("fields:")) {
                fields.put(name.substring(7), parseFields(value, props, conditions));
            }
        });
        boolean multiInstance = element instanceof Activity a && a.getLoopCharacteristics() != null;
        List<StepDefinition.Download> downloads = new ArrayList<>();
        props.forEach((name, value) -> {
            if (name.startsWith("download:")) {
                String[] parts = value.split("\\|", 3);
                downloads.add(new StepDefinition.Download(name.substring(9), parts[0].strip(), parts[1].strip(), parts[2].strip()));
            }
        });
        String[] subject = props.containsKey("subject") ? labels(props.get("subject")) : null;
        return new StepDefinition(element.getId(), element.getName(), props.getOrDefault("nameEn", element.getName()),
                List.copyOf(outcomes), Map.copyOf(fields), Boolean.parseBoolean(props.get("separateFromSubmitter")),
                Boolean.parseBoolean(props.get("editsProposal")), multiInstance,
                props.containsKey("deadlineDays") ? new StepDefinition.Deadline(props.get("deadlineDays"),
                        props.get("deadlineFrom"), props.get("deadlineDaysUsed"), props.get("deadlineUnit"),
                        props.get("deadlineBasis")) : null,
                list(props.get("shows")), subject == null ? null : new StepDefinition.Subject(subject[0], subject[1]),
                List.copyOf(downloads), props.get("report"));
    }

    /** "Vietnamese | English", the English one being the Vietnamese one when it is left out. */
    /** One value a field may take, labelled by its {@code label:<field>.<code>} property or else by its code. */
    private static StepDefinition.Option option(String code, String label) {
        String[] labels = label == null ? new String[]{code, code} : labels(label);
        return new StepDefinition.Option(code, labels[0], labels[1]);
    }

    private static String[] labels(String value) {
        String[] labels = value.split("\\|", 2);
        return new String[]{labels[0].strip(), labels.length > 1 ? labels[1].strip() : labels[0].strip()};
    }

    /** A comma-separated list of names; empty when the property is absent. */
    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private static List<StepDefinition.Field> parseFields(String spec, Map<String, String> props, Set<String> conditions) {
        List<StepDefinition.Field> fields = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] nameType = part.strip().split(":", 2);
            String name = nameType[0].strip();
            String type = nameType.length > 1 ? nameType[1].strip() : "text";
            boolean optional = type.endsWith("?");
            type = type.replace("?", "");
            int maxLength = 0;
            String source = null;
            boolean decision = type.equals("date(decision)");
            boolean future = type.equals("date(future)");
            List<String> choices = List.of();
            if (type.startsWith("dispatches(")) {
                source = type.substring(11, type.indexOf(')')).strip();
                type = "dispatches";
            } else if (type.startsWith("choice(")) {
                choices = Arrays.stream(type.substring(7, type.indexOf(')')).split("\\|")).map(String::strip).toList();
                if (choices.stream().anyMatch(String::isEmpty)) {
                    throw new IllegalArgumentException("a choice needs options: " + type);
                }
                type = "choice";
            } else if (decision || future) {
                type = "date";
            } else if (type.startsWith("text(")) {
                maxLength = Integer.parseInt(type.substring(5, type.indexOf(')')));
                type = "text";
            } else if (type.equals("text")) {
                maxLength = DEFAULT_TEXT_LENGTH;
            }
            String label = props.get("label:" + name);
            String[] labels = label == null ? new String[2] : labels(label);
            StepDefinition.FieldType fieldType = StepDefinition.FieldType.valueOf(type.toUpperCase(Locale.ROOT));
            if (fieldType == StepDefinition.FieldType.DISPATCHES && (source == null || source.isEmpty())) {
                throw new IllegalArgumentException(name + ": dispatches needs the variable holding its recipients");
            }
            String prefix = "label:" + name + ".";
            // a choice offers its declared options in their order; a dispatches field labels what its process lists
            List<StepDefinition.Option> options = fieldType == StepDefinition.FieldType.CHOICE
                    ? choices.stream().map(code -> option(code, props.get(prefix + code))).toList()
                    : props.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                            .map(e -> option(e.getKey().substring(prefix.length()), e.getValue())).toList();
            fields.add(new StepDefinition.Field(name, fieldType, !optional, maxLength, decision, future, labels[0], labels[1],
                    conditions.contains(name), source, options));
        }
        return fields;
    }

    private static final Set<String> PROPERTIES = Set.of("nameEn", "status", "separateFromSubmitter", "editsProposal",
            "deadlineDays", "deadlineFrom", "deadlineDaysUsed", "deadlineUnit", "deadlineBasis", "decision", "shows",
            "decisionConditions", "subject", "report");

    /**
     * What is wrong with the steps a model declares: unknown property names, steps without outcomes, fields for
     * an outcome the step does not offer, unknown field types, booleans that are not true/false, labels and decision
     * conditions for fields the step does not have, steps shown that the model does not have. Checked when the
     * models are deployed, so a typo in a new process version stops the start-up instead of failing a user.
     */
    public static List<String> problems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        Set<String> userTasks = new HashSet<>();
        model.getModelElementsByType(UserTask.class).forEach(task -> userTasks.add(task.getId()));
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            Map<String, String> props = properties(task);
            Set<String> outcomes = new HashSet<>();
            props.keySet().stream().filter(name -> name.startsWith("outcome:")).forEach(name -> outcomes.add(name.substring(8)));
            if (outcomes.isEmpty()) {
                problems.add(task.getId() + ": declares no outcome");
            }
            Set<String> fields = new HashSet<>();
            props.forEach((name, value) -> {
                if (name.startsWith("fields:")) {
                    if (!outcomes.contains(name.substring(7))) {
                        problems.add(task.getId() + ": " + name + " is for an outcome the step does not offer");
                    }
                    // The names even when a type is wrong: that problem is named once, not again for each label.
                    Arrays.stream(value.split(",")).forEach(part -> fields.add(part.split(":", 2)[0].strip()));
                    try {
                        parseFields(value, Map.of(), Set.of());
                    } catch (RuntimeException e) {
                        problems.add(task.getId() + ": " + name + " has an unknown field type or length: " + value);
                    }
                } else if (name.startsWith("download:")) {
                    if (value.split("\\|", 3).length < 3 || !value.split("\\|", 3)[2].strip().startsWith("/api/")) {
                        problems.add(task.getId() + ": " + name + " must be \"Vietnamese | English | /api/...\", not " + value);
                    }
                } else if (!name.startsWith("outcome:") && !name.startsWith("label:") && !name.startsWith("option:")
                        && !PROPERTIES.contains(name)) {
                    problems.add(task.getId() + ": unknown property " + name);
                }
            });
            // label:<field> or label:<field>.<value>
            props.keySet().stream().filter(name -> name.startsWith("label:") && !fields.contains(name.substring(6).split("\\.", 2)[0]))
                    .forEach(name -> problems.add(task.getId() + ": " + name + " labels a field the step does not have"));
            list(props.get("decisionConditions")).stream().filter(name -> !fields.contains(name))
                    .forEach(name -> problems.add(task.getId() + ": decisionConditions names " + name + ", a field the step does not have"));
            list(props.get("shows")).stream().filter(key -> !userTasks.contains(key))
                    .forEach(key -> problems.add(task.getId() + ": shows " + key + ", which is not a user task of the process"));
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
