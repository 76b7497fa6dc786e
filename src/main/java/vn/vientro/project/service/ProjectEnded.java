package vn.vientro.project.service;

import vn.vientro.proposal.domain.ProposalStatus;

/**
 * A running project ended, revoked or closed ({@code status}), on {@code endedOn}; fired in the transaction that
 * ended it, so what depends on a running project (the reports still owed) ends with it or not at all.
 */
public record ProjectEnded(long projectId, ProposalStatus status, java.time.LocalDate endedOn, String actor) {
}
