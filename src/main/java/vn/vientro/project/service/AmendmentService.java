package vn.vientro.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.project.domain.Amendment;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.security.Actor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Amendments: requested by an officer, decided by the approver in process {@code projectAmendment}. */
@ApplicationScoped
public class AmendmentService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AmendmentProcess process;

    @Inject
    AuditLog audit;

    @Inject
    Projects projects;

    public List<Amendment> list(long projectId) {
        Proposal project = projects.find(projectId);
        if (!project.status.isProject()) {
            throw DomainException.notFound("Project", projectId);
        }
        return Amendment.list("projectId = ?1 order by requestedAt, id", projectId);
    }

    /** Starts the approval of a change; the amendment row and its process instance commit together. */
    @Transactional
    public Amendment request(long projectId, BigDecimal newAmount, LocalDate newPlannedEnd, String reason, Actor actor) {
        // locked: two requests at once must not both pass the one-pending-amendment check
        Proposal project = projects.findForUpdate(projectId);
        Projects.requireApproved(project, "only projects are amended");
        if (newAmount == null && newPlannedEnd == null) {
            throw DomainException.invalid("newAmount", ProblemCode.AMENDMENT_EMPTY,
                    "an amendment changes the committed amount, the planned end, or both");
        }
        if (newPlannedEnd != null && newPlannedEnd.isBefore(project.plannedStart)) {
            throw DomainException.invalid("newPlannedEnd", ProblemCode.BEFORE_PLANNED_START,
                    "must not be before the planned start " + project.plannedStart, project.plannedStart);
        }
        if (Amendment.count("projectId = ?1 and status = ?2", projectId, Amendment.Status.REQUESTED) > 0) {
            throw DomainException.conflict(ProblemCode.AMENDMENT_PENDING,
                    "Project " + projectId + " already has an amendment waiting for a decision");
        }
        Amendment a = new Amendment();
        a.projectId = projectId;
        a.requestedBy = actor.username();
        a.requestedAt = clock.instant();
        a.reason = reason;
        a.previousAmount = project.committedAmount;
        a.previousPlannedEnd = project.plannedEnd;
        a.newAmount = newAmount;
        a.newPlannedEnd = newPlannedEnd;
        a.status = Amendment.Status.REQUESTED;
        a.persist();
        a.processInstanceId = process.start(a);
        audit.record(projectId, actor.username(), "AMENDMENT_REQUESTED", new AuditLog.Step(null, null, null, reason,
                details(a)));
        return a;
    }

    /** The process's decision: an approved amendment changes the project, a rejected one leaves it as it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(long amendmentId, boolean approved, String decisionNumber, LocalDate decisionDate,
                        String rejectionReason) {
        Amendment a = em.find(Amendment.class, amendmentId);
        a.status = approved ? Amendment.Status.APPROVED : Amendment.Status.REJECTED;
        a.decisionNumber = decisionNumber;
        a.decisionDate = decisionDate;
        a.rejectionReason = rejectionReason;
        if (approved) {
            Proposal project = projects.findForUpdate(a.projectId);
            // the change is measured from the project as it is when decided
            a.previousAmount = project.committedAmount;
            a.previousPlannedEnd = project.plannedEnd;
            if (a.newAmount != null) {
                project.committedAmount = a.newAmount;
            }
            if (a.newPlannedEnd != null) {
                project.plannedEnd = a.newPlannedEnd;
            }
        }
        audit.record(a.projectId, "system", approved ? "AMENDMENT_APPROVED" : "AMENDMENT_REJECTED",
                new AuditLog.Step(null, null, null, rejectionReason, details(a)));
    }

    private static Map<String, Object> details(Amendment a) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("amendmentId", a.id);
        if (a.newAmount != null) {
            details.put("amount", a.previousAmount.toPlainString() + " -> " + a.newAmount.toPlainString());
        }
        if (a.newPlannedEnd != null) {
            details.put("plannedEnd", a.previousPlannedEnd + " -> " + a.newPlannedEnd);
        }
        if (a.decisionNumber != null) {
            details.put("decisionNumber", a.decisionNumber);
        }
        return details;
    }
}
