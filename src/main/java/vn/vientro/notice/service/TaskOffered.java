package vn.vientro.notice.service;

import java.time.Instant;
import java.util.Set;

/** A user task was created: for its assignee, or else for the users of its candidate groups. */
public record TaskOffered(String taskId, String processDefinitionId, String taskKey, Long proposalId, String assignee,
                          Set<String> candidateGroups, Instant dueAt) {
}
