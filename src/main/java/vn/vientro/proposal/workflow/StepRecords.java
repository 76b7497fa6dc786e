package vn.vientro.proposal.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.vientro.audit.domain.AuditEntry;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.proposal.domain.Opinion;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.service.FollowingProcesses;
import vn.vientro.proposal.service.StepRecord;
import vn.vientro.workflow.Dispatch;
import vn.vientro.workflow.StepDefinition;
import vn.vientro.workflow.StepDefinitions;
import vn.vientro.workflow.domain.ProcessStep;

import java.util.*;
import java.util.stream.Collectors;

/**
 * The proposal's recorded steps, read from what the process declares: each completion in the audit trail (outcome,
 * comment, field values, who and when) labelled by the step definition of the process version the task ran on, so a
 * field a new version adds is shown with its label without a change here or in the pages. Steps of the proposal's
 * process and of those that follow its decision ({@link FollowingProcesses}); an amendment's decision belongs to the
 * project. Reads our own tables and the deployed definitions,
 * never the engine's history, which the history cleanup removes.
 */
@ApplicationScoped
class StepRecords {

    private static final String COMPLETED = "TASK_COMPLETED";

    @Inject
    AuditLog audit;

    @Inject
    StepDefinitions steps;

    @Inject
    ObjectMapper json;

    @Inject
    Instance<FollowingProcesses> following;

    List<StepRecord> of(Proposal proposal) {
        // a project recorded as already approved has no process of its own, but may have following ones
        List<String> instances = new ArrayList<>();
        if (proposal.processInstanceId != null) {
            instances.add(proposal.processInstanceId);
        }
        following.forEach(f -> instances.addAll(f.instancesOf(proposal.id)));
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, ProcessStep> tasks = instances.stream().flatMap(i -> ProcessStep.ofInstance(i).stream())
                .filter(s -> s.taskId != null)
                .collect(Collectors.toMap(s -> s.taskId, s -> s, (a, b) -> b, LinkedHashMap::new));
        // The agency each opinion task was asked of: the one thing the register knows that the trail does not.
        Map<String, String> agencies = Opinion.<Opinion>list("proposalId", proposal.id).stream()
                .filter(o -> o.taskId != null).collect(Collectors.toMap(o -> o.taskId, o -> o.agency, (a, b) -> b));
        List<StepRecord> records = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (AuditEntry entry : audit.trail(proposal.id)) {
            ProcessStep task = COMPLETED.equals(entry.action) ? tasks.get(entry.taskId) : null;
            if (task != null) {
                answered.add(entry.taskId);
                records.add(record(entry, steps.of(task.processDefinitionId, task.activityId), agencies.get(entry.taskId)));
            }
        }
        // A task that ended without being completed (an agency silent at the consultation deadline): no answer.
        tasks.values().stream().filter(s -> s.endedAt != null && !answered.contains(s.taskId)).forEach(s -> {
            StepDefinition step = steps.of(s.processDefinitionId, s.activityId);
            records.add(new StepRecord(s.taskId, step.key(), step.nameVi(), step.nameEn(), null, null, null, List.of(),
                    null, null, agencies.get(s.taskId), s.endedAt));
        });
        // Stable: completions keep the trail's order at one instant.
        records.sort(Comparator.comparing(StepRecord::at));
        return records;
    }

    private StepRecord record(AuditEntry entry, StepDefinition step, String agency) {
        Map<String, Object> values = values(entry.details);
        Optional<StepDefinition.Outcome> outcome = step.outcome(entry.outcome);
        List<StepRecord.FieldValue> fields = new ArrayList<>();
        for (StepDefinition.Field field : step.fieldsFor(entry.outcome)) {
            Object value = values.get(field.name());
            if (value != null) {
                fields.add(new StepRecord.FieldValue(field.name(), field.labelVi(), field.labelEn(), field.type().name(),
                        switch (field.type()) {
                            case AGENCIES -> List.of(value.toString().split(","));
                            case DISPATCHES -> Dispatch.decode(value.toString()).stream().map(d -> dispatch(d, field)).toList();
                            default -> value;
                        }, field.condition()));
            }
        }
        return new StepRecord(entry.taskId, step.key(), step.nameVi(), step.nameEn(), entry.outcome,
                outcome.map(StepDefinition.Outcome::labelVi).orElse(null), outcome.map(StepDefinition.Outcome::labelEn).orElse(null),
                fields, entry.comment, entry.actor, agency, entry.at);
    }

    /** One recipient's line, labelled as the step declares the recipient. */
    private static Map<String, Object> dispatch(Dispatch d, StepDefinition.Field field) {
        StepDefinition.Option recipient = field.option(d.recipient());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("recipient", d.recipient());
        line.put("recipientLabelVi", recipient.labelVi());
        line.put("recipientLabelEn", recipient.labelEn());
        line.put("method", d.method().name());
        line.put("sentOn", d.sentOn().toString());
        return line;
    }

    private Map<String, Object> values(String details) {
        if (details == null) {
            return Map.of();
        }
        try {
            return json.readValue(details, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit details are not JSON: " + details, e);
        }
    }
}
