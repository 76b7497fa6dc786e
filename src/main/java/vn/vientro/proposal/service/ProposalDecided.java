package vn.vientro.proposal.service;

import vn.vientro.proposal.domain.ProposalStatus;

import java.time.LocalDate;

/**
 * Fired synchronously inside the engine's transaction when the People's Committee's decision is recorded
 * (approved or rejected), so that what follows the decision (sending it, report obligations, the start
 * watchdog) begins in the same transaction or not at all. Not fired for projects imported as already approved.
 */
public record ProposalDecided(long proposalId, ProposalStatus status, LocalDate decisionDate) {
}
