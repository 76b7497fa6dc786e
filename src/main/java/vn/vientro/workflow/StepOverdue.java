package vn.vientro.workflow;

import java.time.Instant;

/** An open step passed its deadline: fired synchronously, so observers write in the timer job's transaction. */
public record StepOverdue(long proposalId, String taskId, String taskKey, Instant dueAt) {
}
