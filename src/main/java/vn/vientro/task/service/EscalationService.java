package vn.vientro.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.task.domain.TaskEscalation;
import vn.vientro.workflow.StepOverdue;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Overdue tasks: recorded once per task by its timer, shown in the inbox and the timeline. */
@ApplicationScoped
public class EscalationService {

    @Inject
    Clock clock;

    /** The actor recorded for what the process does by itself. */
    public static final String SYSTEM = "system";

    @Inject
    AuditLog audit;

    /** Records an overdue step once, in the timer job's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void escalate(@Observes StepOverdue overdue) {
        if (TaskEscalation.findById(overdue.taskId()) != null) {
            return;
        }
        TaskEscalation e = new TaskEscalation();
        e.taskId = overdue.taskId();
        e.proposalId = overdue.proposalId();
        e.taskKey = overdue.taskKey();
        e.dueAt = overdue.dueAt();
        e.escalatedAt = clock.instant();
        e.persist();
        audit.record(e.proposalId, SYSTEM, "OVERDUE", new AuditLog.Step(e.taskId, e.taskKey, null, null,
                e.dueAt == null ? null : Map.of("dueAt", e.dueAt.toString())));
    }

    public Map<String, TaskEscalation> forTasks(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        List<TaskEscalation> found = TaskEscalation.list("taskId in ?1", taskIds);
        return found.stream().collect(Collectors.toMap(e -> e.taskId, Function.identity()));
    }
}
