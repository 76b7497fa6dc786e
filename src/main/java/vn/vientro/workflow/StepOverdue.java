package vn.vientro.workflow;

import java.time.Instant;

/**
 * An open step passed its deadline: fired synchronously, so observers write in the timer job's transaction.
 * {@code proposalId} is null for a step about no proposal (the annual report to the ministry).
 */
public record StepOverdue(Long proposalId, String taskId, String taskKey, Instant dueAt) {
}
