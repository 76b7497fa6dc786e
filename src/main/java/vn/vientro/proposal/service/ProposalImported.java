package vn.vientro.proposal.service;

/**
 * Fired synchronously in the import's transaction when a project approved before this system is recorded: what
 * follows a decision (report obligations still to come) starts for it as for a project decided here.
 */
public record ProposalImported(long proposalId) {
}
