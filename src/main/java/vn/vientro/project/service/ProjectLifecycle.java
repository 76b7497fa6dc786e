package vn.vientro.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.project.domain.Disbursement;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a running project ends: revoked by the approver's decision when the aid has not started in time without good
 * reason (Decree 80/2020 Art. 4(7)), or closed after its completion report is accepted (Art. 18). Either keeps the
 * project and its figures in every list and report; only new disbursements and amendments are refused from then on.
 */
@ApplicationScoped
public class ProjectLifecycle {

    @Inject
    Projects projects;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<AidStarted> aidStarted;

    @Inject
    Event<ProjectEnded> ended;

    /** Revokes a running project by the approver's decision ({@code actor}: who recorded it, a user or the process). */
    @Transactional
    public Proposal revoke(long projectId, String decisionNumber, LocalDate decisionDate, String reason, String actor) {
        Proposal p = projects.findForUpdate(projectId);
        Projects.requireApproved(p, "only a running project is revoked");
        String number = required("decisionNumber", decisionNumber);
        String why = required("reason", reason);
        requireDecidedBetween("decisionDate", decisionDate, p);
        p.status = ProposalStatus.REVOKED;
        p.revocationNumber = number;
        p.revocationDate = decisionDate;
        p.revocationReason = why;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decisionNumber", number);
        details.put("decisionDate", decisionDate.toString());
        audit.record(p.id, actor, "PROJECT_REVOKED", new AuditLog.Step(null, null, null, why, details));
        ended.fire(new ProjectEnded(p.id, p.status, decisionDate, actor));
        return p;
    }

    /** Closes a running project on {@code closedOn} (its completion report accepted, or as the caller states). */
    @Transactional
    public Proposal close(long projectId, LocalDate closedOn, String reason, String actor) {
        Proposal p = projects.findForUpdate(projectId);
        Projects.requireApproved(p, "only a running project is closed");
        requireDecidedBetween("closedOn", closedOn, p);
        p.status = ProposalStatus.CLOSED;
        p.closedOn = closedOn;
        p.closureReason = reason == null || reason.isBlank() ? null : reason.strip();
        audit.record(p.id, actor, "PROJECT_CLOSED", new AuditLog.Step(null, null, null, p.closureReason,
                Map.of("closedOn", closedOn.toString())));
        ended.fire(new ProjectEnded(p.id, p.status, closedOn, actor));
        return p;
    }

    /**
     * Records that the aid has started on {@code startedOn} (confirmed by the aid owner or by the office on its
     * behalf); a later confirmation corrects the date. The start watchdog ends at its next look, or at once when its
     * review is open.
     */
    @Transactional
    public Proposal confirmStart(long projectId, LocalDate startedOn, String actor) {
        Proposal p = projects.findForUpdate(projectId);
        Projects.requireApproved(p, "only a running project starts");
        requireDecidedBetween("date", startedOn, p);
        p.startConfirmedOn = startedOn;
        p.startConfirmedBy = actor;
        audit.record(p.id, actor, "PROJECT_START_CONFIRMED", new AuditLog.Step(null, null, null, null,
                Map.of("startedOn", startedOn.toString())));
        aidStarted.fire(new AidStarted(p.id));
        return p;
    }

    /**
     * Whether the aid has started as Art. 4(7) asks: a start confirmed or a disbursement recorded. A project that is
     * no longer running (revoked, closed) needs no watching either, so it counts as started.
     */
    @Transactional
    public boolean started(long projectId) {
        Proposal p = projects.find(projectId);
        return p.status != ProposalStatus.APPROVED || p.startConfirmedOn != null
                || Disbursement.count("projectId", projectId) > 0;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, ProblemCode.REQUIRED, "required");
        }
        return value.strip();
    }

    /** A date of the project's end: known, not before its approval and not after today in the province. */
    private void requireDecidedBetween(String field, LocalDate date, Proposal p) {
        if (date == null) {
            throw DomainException.invalid(field, ProblemCode.REQUIRED, "required");
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw DomainException.invalid(field, ProblemCode.IN_FUTURE, "must not be after today, " + today, today);
        }
        if (p.decisionDate != null && date.isBefore(p.decisionDate)) {
            throw DomainException.invalid(field, ProblemCode.BEFORE_DECISION,
                    "must not be before the approval decision of " + p.decisionDate, p.decisionDate);
        }
    }
}
