package vn.vientro.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.ProvinceZone;
import vn.vientro.common.domain.Currencies;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.project.service.ProjectLifecycle;
import vn.vientro.reporting.domain.AidReport;
import vn.vientro.reporting.domain.ObligationStatus;
import vn.vientro.reporting.domain.ReportKind;
import vn.vientro.reporting.domain.ReportObligation;
import vn.vientro.reporting.domain.ResultIndicator;
import vn.vientro.security.Actor;
import vn.vientro.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reports: submitted by the aid owner for its unit's projects, or by an officer on its behalf (recorded as such);
 * reviewed by an officer in the obligation's process, which also reminds and flags it when late.
 */
@ApplicationScoped
public class AidReports {

    /** What the officer decides at {@code reviewReport}, as the BPMN names its outcomes. */
    public static final String ACCEPT = "accept";
    public static final String REQUEST_CORRECTION = "requestCorrection";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReportObligations obligations;

    @Inject
    ReportProcess process;

    @Inject
    ReportViews views;

    @Inject
    Currencies currencies;

    @Inject
    AuditLog audit;

    @Inject
    @ProvinceZone
    ZoneId zone;

    @Inject
    ProjectLifecycle lifecycle;

    @Transactional
    public ReportViews.ObligationView submit(long obligationId, ReportInput in, Actor actor) {
        ReportObligation o = obligations.visible(obligationId, actor);
        em.lock(o, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(o);
        requireAwaited(o);
        AidReport r = new AidReport();
        r.obligationId = o.id;
        r.submittedAt = clock.instant();
        r.submittedBy = actor.username();
        r.onBehalf = !actor.has(Roles.AID_OWNER);
        r.narrative = in.narrative().strip();
        r.amounts.addAll(amounts(in.amounts()));
        Map<Long, ResultIndicator> indicators = em.createQuery("from ResultIndicator i where i.projectId = :p order by i.position",
                ResultIndicator.class).setParameter("p", o.projectId).getResultStream()
                .collect(Collectors.toMap(i -> i.id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        r.indicators.addAll(values(in.indicators(), indicators));
        r.persist();
        // the files attached while it was prepared go with it
        em.createQuery("update ReportAttachment a set a.reportId = :r where a.obligationId = :o and a.reportId is null")
                .setParameter("r", r.id).setParameter("o", o.id).executeUpdate();
        o.status = ObligationStatus.SUBMITTED;
        process.reportSubmitted(o, r.id, actor.username());
        audit.record(o.projectId, actor.username(), r.onBehalf ? "REPORT_SUBMITTED_ON_BEHALF" : "REPORT_SUBMITTED",
                new AuditLog.Step(null, null, null, null, Map.of("obligationId", o.id, "reportId", r.id, "kind", o.kind.name())));
        em.flush();
        return views.of(o);
    }

    /** 409 unless a report (a first one or a corrected one) is awaited for the obligation. */
    static void requireAwaited(ReportObligation o) {
        if (!o.status.awaitsReport()) {
            throw DomainException.conflict(ProblemCode.REPORT_NOT_AWAITED, "The " + o.kind.labelEn.toLowerCase()
                    + " of obligation " + o.id + " is " + o.status.labelEn.toLowerCase() + "; no report is awaited",
                    o.status.name());
        }
    }

    private List<AidReport.Amount> amounts(List<ReportInput.Amount> in) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String currency = in.get(i).currency();
            currencies.require("amounts[" + i + "].currency", currency);
            if (!seen.add(currency)) {
                throw DomainException.invalid("amounts[" + i + "].currency", ProblemCode.CURRENCY_TWICE,
                        "currency " + currency + " is listed twice", currency);
            }
        }
        return in.stream().map(a -> new AidReport.Amount(a.currency(), Indicators.money(a.received()),
                Indicators.money(a.spent()))).toList();
    }

    /** One actual per indicator of the project, each indicator once; the indicators show the latest actual. */
    private static List<AidReport.IndicatorValue> values(List<ReportInput.IndicatorValue> in,
                                                         Map<Long, ResultIndicator> indicators) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            Long id = in.get(i).indicatorId();
            if (!indicators.containsKey(id)) {
                throw DomainException.invalid("indicators[" + i + "].indicatorId", ProblemCode.UNKNOWN_INDICATOR,
                        "the project has no results indicator " + id, id);
            }
            if (!seen.add(id)) {
                throw DomainException.invalid("indicators[" + i + "].indicatorId", ProblemCode.INDICATOR_TWICE,
                        "indicator " + id + " is listed twice", indicators.get(id).nameVi);
            }
        }
        for (ResultIndicator indicator : indicators.values()) {
            if (!seen.contains(indicator.id)) {
                throw DomainException.invalid("indicators", ProblemCode.INDICATOR_MISSING, "no actual value for indicator "
                        + indicator.id + " (" + indicator.nameVi + ")", indicator.nameVi);
            }
        }
        in.forEach(v -> indicators.get(v.indicatorId()).actual = Indicators.money(v.actual()));
        return in.stream().map(v -> new AidReport.IndicatorValue(v.indicatorId(), Indicators.money(v.actual()))).toList();
    }

    /**
     * The officer's review of the latest report, in the review task's transaction: accepted (a completion report
     * accepted closes the project) or sent back for correction with the reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewed(long obligationId, String outcome, String note, String reviewer) {
        ReportObligation o = em.find(ReportObligation.class, obligationId, LockModeType.PESSIMISTIC_WRITE);
        AidReport latest = em.createQuery("from AidReport r where r.obligationId = :o order by r.submittedAt desc, r.id desc",
                AidReport.class).setParameter("o", obligationId).setMaxResults(1).getSingleResult();
        Instant now = clock.instant();
        boolean accepted = ACCEPT.equals(outcome);
        latest.reviewOutcome = outcome;
        latest.reviewNote = accepted ? null : note;   // the variable keeps an earlier round's reason
        latest.reviewedBy = reviewer;
        latest.reviewedAt = now;
        o.status = accepted ? ObligationStatus.ACCEPTED : ObligationStatus.CORRECTION_REQUESTED;
        audit.record(o.projectId, reviewer, accepted ? "REPORT_ACCEPTED" : "REPORT_CORRECTION_REQUESTED",
                new AuditLog.Step(null, "reviewReport", outcome, note, Map.of("obligationId", o.id, "reportId", latest.id)));
        if (accepted && o.kind == ReportKind.COMPLETION) {
            // Art. 18: the completion report accepted, the project is closed (no more disbursements or amendments)
            lifecycle.close(o.projectId, now.atZone(zone).toLocalDate(), "Báo cáo kết thúc đã được chấp nhận", reviewer);
        }
    }

    /** The reminder before the due date went out (its timer fired). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reminded(long obligationId) {
        ReportObligation o = em.find(ReportObligation.class, obligationId);
        o.remindedAt = clock.instant();
        audit.record(o.projectId, "system", "REPORT_REMINDER", new AuditLog.Step(null, "submitReport", null, null,
                Map.of("obligationId", o.id, "dueDate", o.dueDate.toString())));
    }

    /** The due date passed without a report (its timer fired): flagged, and chased by the officers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void overdue(long obligationId) {
        ReportObligation o = em.find(ReportObligation.class, obligationId);
        o.overdueSince = clock.instant();
    }
}
