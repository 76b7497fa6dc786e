package vn.vientro.dispatch.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.common.ProvinceZone;
import vn.vientro.dispatch.domain.DecisionDispatch;
import vn.vientro.dispatch.domain.DispatchLine;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.service.FollowingProcesses;
import vn.vientro.proposal.service.ProposalDecided;
import vn.vientro.task.domain.InboxItem;
import vn.vientro.workflow.Dispatch;
import vn.vientro.workflow.StepDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Sending the decision to the donor and the ministries (Art. 11(2)): started by the decision in its own transaction,
 * recorded when the Department of Foreign Affairs completes the step, shown on the proposal page.
 */
@ApplicationScoped
public class DispatchService implements FollowingProcesses {

    /** The step of the decisionDispatch process that records the sending. */
    public static final String SEND_STEP = "sendDecision";

    @Inject
    DispatchProcess process;

    @Inject
    Clock clock;

    @Inject
    @ProvinceZone
    ZoneId zone;

    /**
     * An approval counts from the decision's own date (the approver may record a decision signed days before); a
     * refusal, which carries no date, from the moment it is recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void decided(@Observes ProposalDecided decided) {
        Instant now = clock.instant();
        LocalDate decidedOn = decided.decisionDate() != null ? decided.decisionDate() : LocalDate.ofInstant(now, zone);
        Instant decidedAt = decided.decisionDate() != null ? decided.decisionDate().atStartOfDay(zone).toInstant() : now;
        DecisionDispatch dispatch = new DecisionDispatch();
        dispatch.proposalId = decided.proposalId();
        dispatch.decision = decided.status();
        dispatch.decidedOn = decidedOn;
        dispatch.startedAt = now;
        dispatch.processInstanceId = process.start(decided.proposalId(), decided.status(), decidedAt);
        dispatch.persist();
    }

    /** Called as the step completes, in the engine's transaction, with the lines the answer was checked to hold. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(long proposalId, String taskId, List<Dispatch> dispatches, StepDefinition.Field field) {
        Instant now = clock.instant();
        for (Dispatch d : dispatches) {
            StepDefinition.Option recipient = field.option(d.recipient());
            DispatchLine line = new DispatchLine();
            line.proposalId = proposalId;
            line.recipient = d.recipient();
            line.recipientLabelVi = recipient.labelVi();
            line.recipientLabelEn = recipient.labelEn();
            line.method = d.method();
            line.sentOn = d.sentOn();
            line.taskId = taskId;
            line.recordedAt = now;
            line.persist();
        }
    }

    public DispatchView view(long proposalId) {
        DecisionDispatch dispatch = DecisionDispatch.findById(proposalId);
        List<DispatchView.Line> lines = DispatchLine.ofProposal(proposalId).stream()
                .map(l -> new DispatchView.Line(l.recipient, l.recipientLabelVi, l.recipientLabelEn, l.method, l.sentOn,
                        l.recordedAt)).toList();
        if (dispatch == null) {
            return new DispatchView(null, null, null, null, false, lines);
        }
        Optional<InboxItem> open = InboxItem.find("proposalId = ?1 and taskKey = ?2", proposalId, SEND_STEP).firstResultOptional();
        Instant due = open.map(i -> i.dueAt).orElse(null);
        return new DispatchView(dispatch.decision, dispatch.decidedOn, open.map(i -> i.taskId).orElse(null), due,
                due != null && due.isBefore(clock.instant()), lines);
    }

    @Override
    public List<String> instancesOf(long proposalId) {
        DecisionDispatch dispatch = DecisionDispatch.findById(proposalId);
        return dispatch == null ? List.of() : List.of(dispatch.processInstanceId);
    }
}
