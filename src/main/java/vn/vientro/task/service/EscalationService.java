package vn.vientro.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.task.domain.TaskEscalation;

import java.time.Clock;
import java.time.Instant;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void escalate(long proposalId, String taskId, String taskKey, Instant dueAt) {
        if (TaskEscalation.findById(taskId) != null) {
            return;
        }
        TaskEscalation e = new TaskEscalation();
        e.taskId = taskId;
        e.proposalId = proposalId;
        e.taskKey = taskKey;
        e.dueAt = dueAt;
        e.escalatedAt = clock.instant();
        e.persist();
        audit.record(proposalId, SYSTEM, "OVERDUE", new AuditLog.Step(taskId, taskKey, null, null,
                dueAt == null ? null : Map.of("dueAt", dueAt.toString())));
    }

    public Map<String, TaskEscalation> forTasks(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        List<TaskEscalation> found = TaskEscalation.list("taskId in ?1", taskIds);
        return found.stream().collect(Collectors.toMap(e -> e.taskId, Function.identity()));
    }
}
