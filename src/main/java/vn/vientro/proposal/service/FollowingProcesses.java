package vn.vientro.proposal.service;

import java.util.List;

/**
 * Processes that carry on a proposal's after its decision (sending the decision, ...): the steps they complete are
 * the proposal's recorded steps too. Implemented by the features that start them.
 */
public interface FollowingProcesses {

    /** The process instances started for the proposal, none before its decision. */
    List<String> instancesOf(long proposalId);
}
