package vn.vientro.dispatch.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import vn.vientro.dispatch.service.DispatchProcess;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.workflow.ProcessVariables;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** Starts the {@code decisionDispatch} process; the business key is {@code dispatch:<proposal id>}. */
@ApplicationScoped
public class CamundaDispatchProcess implements DispatchProcess {

    public static final String PROCESS_KEY = "decisionDispatch";
    /** APPROVED or REJECTED: the input of the decisionDispatch decision table. */
    public static final String DECISION = "decision";

    @Inject
    RuntimeService runtime;

    @Override
    public String start(long proposalId, ProposalStatus decision, Instant decidedAt) {
        // submittedAt: what this process acts on, the decision, was handed over then (the clock and the earliest day sent).
        return runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey("dispatch:" + proposalId)
                .setVariables(Map.of(ProcessVariables.PROPOSAL_ID, proposalId, DECISION, decision.name(),
                        ProcessVariables.SUBMITTED_AT, Date.from(decidedAt)))
                .execute().getId();
    }
}
