package vn.vientro.proposal.service;

import vn.vientro.proposal.domain.Proposal;

import java.util.List;

/** What the proposal service needs from the workflow engine; the adapter lives in proposal.workflow. */
public interface ProposalProcess {

    /** Starts the approval process for a submitted proposal and returns the process instance id. */
    String start(Proposal proposal);

    /** True while an open step of the process lets the proposal's owner edit it (supplement, revision). */
    boolean awaitsOwner(Proposal proposal);

    /** What each completed step of the proposal's process recorded, oldest first; empty before it is submitted. */
    List<StepRecord> records(Proposal proposal);
}
