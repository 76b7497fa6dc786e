package vn.vientro.proposal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalStatus;

import java.time.Clock;
import java.time.LocalDate;

/** What the process reports as a proposal moves through its steps, written in the engine's transaction. */
@ApplicationScoped
public class ProposalProgress {

    @Inject
    ProposalQueries queries;

    @Inject
    Clock clock;

    @Inject
    Event<ProposalDecided> decided;

    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(long id, ProposalStatus status) {
        queries.find(id).status = status;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void approved(long id, String decisionNumber, LocalDate decisionDate, String signer) {
        Proposal p = queries.find(id);
        p.status = ProposalStatus.APPROVED;
        p.decisionNumber = decisionNumber;
        p.decisionDate = decisionDate;
        p.decisionSigner = signer;
        p.closedAt = clock.instant();
        decided.fire(new ProposalDecided(id, ProposalStatus.APPROVED, decisionDate));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(long id, ProposalStatus status, String reason) {
        Proposal p = queries.find(id);
        p.status = status;
        p.closingReason = reason;
        p.closedAt = clock.instant();
        if (status == ProposalStatus.REJECTED) {
            decided.fire(new ProposalDecided(id, status, null));
        }
    }
}
