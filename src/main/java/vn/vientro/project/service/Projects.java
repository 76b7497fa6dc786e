package vn.vientro.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalStatus;

import java.util.Locale;

/** An approved proposal is a project: finding one, and refusing what is not one, in one place. */
@ApplicationScoped
public class Projects {

    @Inject
    EntityManager em;

    /** The proposal behind a project id, or not found. */
    public Proposal find(long id) {
        return found(em.find(Proposal.class, id), id);
    }

    /** The same, locked until the transaction ends, for writes whose checks must not race (totals, one pending amendment). */
    public Proposal findForUpdate(long id) {
        return found(em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    /**
     * A conflict unless the proposal is a project still running (approved, neither revoked nor closed);
     * {@code what} says what only running projects may have.
     */
    public static void requireApproved(Proposal p, String what) {
        requireProject(p, what);
        if (p.status == ProposalStatus.REVOKED) {
            throw DomainException.conflict(ProblemCode.PROJECT_REVOKED, "Project " + p.id + " was revoked on "
                    + p.revocationDate + ": " + what, p.revocationDate);
        }
        if (p.status == ProposalStatus.CLOSED) {
            throw DomainException.conflict(ProblemCode.PROJECT_CLOSED, "Project " + p.id + " was closed on "
                    + p.closedOn + ": " + what, p.closedOn);
        }
    }

    /** A conflict unless the proposal is a project in any state (running, revoked or closed): what is read of projects. */
    public static void requireProject(Proposal p, String what) {
        if (!p.status.isProject()) {
            throw DomainException.conflict(ProblemCode.NOT_A_PROJECT, "Proposal " + p.id + " is "
                    + p.status.labelEn.toLowerCase(Locale.ROOT)
                    + ", not an approved project: " + what);
        }
    }

    private static Proposal found(Proposal p, long id) {
        if (p == null) {
            throw DomainException.notFound("Project", id);
        }
        return p;
    }
}
