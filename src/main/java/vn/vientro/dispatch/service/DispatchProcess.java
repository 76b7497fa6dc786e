package vn.vientro.dispatch.service;

import vn.vientro.proposal.domain.ProposalStatus;

import java.time.Instant;

/** What the dispatch service needs from the workflow engine; the adapter lives in dispatch.workflow. */
public interface DispatchProcess {

    /**
     * Starts the sending of a proposal's decision and returns the process instance id. {@code decidedAt}: when the
     * decision was taken; the time limit counts from it and no dispatch may be dated before its day.
     */
    String start(long proposalId, ProposalStatus decision, Instant decidedAt);
}
