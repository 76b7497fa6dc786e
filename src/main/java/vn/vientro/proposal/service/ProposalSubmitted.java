package vn.vientro.proposal.service;

/** Fired synchronously inside the submitting transaction, after the process has started. */
public record ProposalSubmitted(long proposalId, String processInstanceId, String submittedBy) {
}
