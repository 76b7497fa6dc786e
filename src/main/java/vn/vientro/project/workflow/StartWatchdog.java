package vn.vientro.project.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.RuntimeService;
import vn.vientro.common.ProvinceZone;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.service.ProposalDecided;
import vn.vientro.workflow.ProcessVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the {@code startWatchdog} process when a proposal is approved, in the engine's transaction that records the
 * decision (the event is synchronous): the watch exists exactly when the approval does. Business key
 * {@code project:<id>}.
 */
@ApplicationScoped
public class StartWatchdog {

    public static final String PROCESS_KEY = "startWatchdog";
    /** The approval decision's date (ISO), from which the watch period runs. */
    static final String APPROVED_ON = "approvedOn";
    /** A later date the approver chose to look again on (ISO); null until then. */
    static final String KEEP_UNTIL = "keepUntil";

    @Inject
    RuntimeService runtime;

    @Inject
    EntityManager em;

    @Inject
    @ProvinceZone
    ZoneId zone;

    void approved(@Observes ProposalDecided decided) {
        if (decided.status() == ProposalStatus.APPROVED) {
            watch(decided.proposalId(), decided.decisionDate());
        }
    }

    /**
     * Starts watching the approved project from its decision date; also for a project recorded as already approved
     * (an import) that the province wants watched.
     */
    public void watch(long proposalId, LocalDate decisionDate) {
        Proposal p = em.find(Proposal.class, proposalId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.PROPOSAL_ID, proposalId);
        variables.put(ProcessVariables.KIND, p.kind.name());
        variables.put(APPROVED_ON, decisionDate.toString());
        variables.put(KEEP_UNTIL, null);
        // a revocation may not be dated before the approval it revokes (CompletionValidator's decision dates)
        variables.put(ProcessVariables.SUBMITTED_AT, Date.from(decisionDate.atStartOfDay(zone).toInstant()));
        runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey("project:" + proposalId)
                .setVariables(variables).execute();
    }
}
