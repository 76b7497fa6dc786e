package vn.vientro.proposal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.vientro.audit.domain.AuditEntry;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.reference.service.PeriodUnit;
import vn.vientro.reference.service.WorkingDayCalendar;
import vn.vientro.workflow.StepDefinition;
import vn.vientro.workflow.StepDefinitions;
import vn.vientro.workflow.domain.ProcessStep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.stream.Collectors;

/**
 * A proposal's timeline (its process steps joined with our audit trail) and where it stands on its diagram. Both
 * read the steps kept in our schema ({@link ProcessStep}), never the engine's history, which the history cleanup
 * removes once a closed proposal's history has lived its time.
 */
@ApplicationScoped
public class ProposalHistory {

    @Inject
    Clock clock;

    /** Engine bookkeeping that means nothing to a reader of the timeline. */
    private static final Set<String> HIDDEN = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "multiInstanceBody");

    @Inject
    RuntimeService runtime;

    @Inject
    RepositoryService repository;

    @Inject
    TaskService tasks;

    @Inject
    StepDefinitions steps;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AuditLog audit;

    /**
     * One entry per process step (who, outcome, comment, how long) or per recorded event outside a step (created,
     * edited, documents, claims and hand-backs, escalations), in time order. {@code at}: when it happened, for a step
     * when it was done ({@code endedAt}), or when it started while it is open ({@code startedAt}).
     */
    public record TimelineEntry(Instant at, String type, String activityId, String nameVi, String nameEn,
                                String actor, String outcome, String comment, Instant startedAt, Instant endedAt,
                                Long durationMillis, String details) {
    }

    /** An entry and where it comes from (0 = audit trail, 1 = engine), the tie-breaker at the same instant. */
    private record Sourced(TimelineEntry entry, int source) {
    }

    public record Diagram(String processDefinitionId, int version, String bpmnXml, List<String> activeActivityIds,
                          List<String> completedActivityIds, List<OpenStep> openSteps) {
    }

    /**
     * An open user task and its clock. {@code workingDaysUsed} includes the days of earlier rounds when the
     * step's clock pauses (the dossier check while the dossier is with the officer); despite their names, both day
     * counts are in {@code unit} (WORKING_DAYS or DAYS, as the step's decision table says); all three are null when the
     * step declares no deadline.
     */
    public record OpenStep(String taskId, String activityId, String taskKey, String nameVi, String nameEn,
                           Instant startedAt, Instant dueAt, Long workingDaysUsed, Long workingDaysAllowed,
                           boolean overdue, String unit) {
    }

    /**
     * The audit trail (in the order it was written) and the engine's steps (in the order they started), merged by
     * the time each happened: a step when it was done. The engine keeps milliseconds, so audit times are read to the
     * millisecond too; at the same instant an audit entry comes before the steps, as the submission comes before the
     * steps it started. The sort is stable: entries of one source at the same instant keep their order.
     */
    public List<TimelineEntry> timeline(Proposal proposal) {
        List<AuditEntry> trail = audit.trail(proposal.id);
        Map<String, AuditEntry> completions = trail.stream().filter(a -> "TASK_COMPLETED".equals(a.action))
                .collect(Collectors.toMap(a -> a.taskId, a -> a, (a, b) -> b));
        List<Sourced> entries = new ArrayList<>();
        trail.stream().filter(a -> !"TASK_COMPLETED".equals(a.action)).forEach(a -> entries.add(new Sourced(
                new TimelineEntry(a.at.truncatedTo(ChronoUnit.MILLIS), a.action, a.taskKey, null, null, a.actor,
                        a.outcome, a.comment, null, null, null, a.details), 0)));
        if (proposal.processInstanceId != null) {
            for (ProcessStep step : steps(proposal.processInstanceId)) {
                AuditEntry done = step.taskId == null ? null : completions.get(step.taskId);
                String nameEn = "userTask".equals(step.activityType)
                        ? steps.of(step.processDefinitionId, step.activityId).nameEn() : step.activityName;
                entries.add(new Sourced(new TimelineEntry(step.endedAt != null ? step.endedAt : step.startedAt,
                        step.activityType, step.activityId, step.activityName, nameEn,
                        done != null ? done.actor : step.assignee, done == null ? null : done.outcome,
                        done == null ? null : done.comment, step.startedAt, step.endedAt, step.durationMillis(),
                        done == null ? null : done.details), 1));
            }
        }
        // List.sort is stable: entries of one source at the same instant keep the order they were read in.
        entries.sort(Comparator.comparing((Sourced e) -> e.entry().at()).thenComparingInt(Sourced::source));
        return entries.stream().map(Sourced::entry).toList();
    }

    public Diagram diagram(Proposal proposal) {
        if (proposal.processInstanceId == null) {
            var latest = repository.createProcessDefinitionQuery().processDefinitionKey(CamundaProposalProcess.PROCESS_KEY)
                    .latestVersion().singleResult();
            return new Diagram(latest.getId(), latest.getVersion(), xml(latest.getId()), List.of(), List.of(), List.of());
        }
        List<ProcessStep> steps = steps(proposal.processInstanceId);
        String definitionId = steps.get(0).processDefinitionId;
        boolean running = runtime.createProcessInstanceQuery().processInstanceId(proposal.processInstanceId).count() > 0;
        List<String> active = running ? runtime.getActiveActivityIds(proposal.processInstanceId) : List.of();
        List<String> completed = steps.stream().filter(s -> s.endedAt != null).map(s -> s.activityId).distinct().toList();
        int version = repository.getProcessDefinition(definitionId).getVersion();
        List<OpenStep> open = running ? openSteps(proposal.processInstanceId) : List.of();
        return new Diagram(definitionId, version, xml(definitionId), active, completed, open);
    }

    private List<OpenStep> openSteps(String processInstanceId) {
        Instant now = clock.instant();
        List<OpenStep> open = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc()
                .orderByTaskId().asc().list()) {
            StepDefinition step = steps.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
            Instant created = task.getCreateTime().toInstant();
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            Long used = null;
            Long allowed = null;
            PeriodUnit unit = null;
            StepDefinition.Deadline deadline = step.deadline();
            if (deadline != null) {
                // The variables are read from the task's scope: the DMN outputs live on the process instance.
                allowed = number(tasks.getVariable(task.getId(), deadline.daysVariable()));
                Object from = deadline.fromVariable() == null ? null : tasks.getVariable(task.getId(), deadline.fromVariable());
                Long before = deadline.daysUsedVariable() == null ? null
                        : number(tasks.getVariable(task.getId(), deadline.daysUsedVariable()));
                Instant start = from instanceof Date d ? d.toInstant() : created;
                unit = PeriodUnit.of(deadline.unitVariable() == null ? null : tasks.getVariable(task.getId(), deadline.unitVariable()));
                used = Objects.requireNonNullElse(before, 0L) + calendar.daysUsed(start, now, unit);
            }
            open.add(new OpenStep(task.getId(), task.getTaskDefinitionKey(), task.getTaskDefinitionKey(), step.nameVi(),
                    step.nameEn(), created, due, used, allowed, due != null && now.isAfter(due), unit == null ? null : unit.name()));
        }
        return open;
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private static List<ProcessStep> steps(String processInstanceId) {
        return ProcessStep.ofInstance(processInstanceId).stream().filter(a -> !HIDDEN.contains(a.activityType)).toList();
    }

    private String xml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
