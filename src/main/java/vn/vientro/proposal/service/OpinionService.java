package vn.vientro.proposal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.proposal.domain.Opinion;

import java.time.Clock;
import java.time.Instant;

/** The register of opinions asked from consulted agencies. */
@ApplicationScoped
public class OpinionService {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(long proposalId, String agency, String taskId, Instant dueAt) {
        Opinion o = new Opinion();
        o.proposalId = proposalId;
        o.agency = agency;
        o.taskId = taskId;
        o.requestedAt = clock.instant();
        o.dueAt = dueAt;
        o.outcome = Opinion.Outcome.PENDING;
        o.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(String taskId, String outcome, String comment, String answeredBy) {
        Opinion o = Opinion.<Opinion>find("taskId", taskId).singleResult();
        o.outcome = Opinion.Outcome.valueOf(outcome);
        o.comment = comment;
        o.answeredBy = answeredBy;
        o.answeredAt = clock.instant();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlinePassed(long proposalId) {
        Opinion.update("outcome = ?1 where proposalId = ?2 and outcome = ?3",
                Opinion.Outcome.NO_OPINION, proposalId, Opinion.Outcome.PENDING);
    }
}
