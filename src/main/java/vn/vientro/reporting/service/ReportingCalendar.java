package vn.vientro.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.reporting.domain.ObligationStatus;
import vn.vientro.reporting.domain.ReportKind;
import vn.vientro.reporting.domain.ReportObligation;
import vn.vientro.reporting.domain.ReportSchedule;
import vn.vientro.reporting.domain.ReportingRule;
import vn.vientro.security.Actor;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

/**
 * The reporting calendar (data the province sets) and what a change to it does: obligations still awaiting their
 * first report and not yet due move to the new due date (with their process's clocks); those already due, submitted
 * or accepted keep the date they were owed by.
 */
@ApplicationScoped
public class ReportingCalendar {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReportProcess process;

    @Inject
    AuditLog audit;

    /** A rule as the administrator sets it: dueMonth and dueDay for a period report, monthsAfterEnd for completion. */
    public record RuleInput(@NotBlank @Size(max = 200) String nameVi, @NotBlank @Size(max = 200) String nameEn,
                            @Min(1) @Max(12) Integer dueMonth, @Min(1) @Max(31) Integer dueDay,
                            @Min(0) @Max(60) Integer monthsAfterEnd,
                            @Min(0) @Max(60) int reminderDays, @Min(1) @Max(60) int reviewDays,
                            @Min(1) @Max(60) int correctionDays, @Min(1) @Max(60) int chaseDays, boolean active,
                            @NotNull Long version) {
    }

    public record RuleView(ReportKind kind, String nameVi, String nameEn, Integer dueMonth, Integer dueDay,
                           Integer monthsAfterEnd, int reminderDays, int reviewDays, int correctionDays, int chaseDays,
                           boolean active, long version) {
        static RuleView of(ReportingRule r) {
            return new RuleView(r.kind, r.nameVi, r.nameEn, r.dueMonth, r.dueDay, r.monthsAfterEnd, r.reminderDays,
                    r.reviewDays, r.correctionDays, r.chaseDays, r.active, r.version);
        }
    }

    /** The rule change and how many obligations moved to its new due dates. */
    public record Changed(RuleView rule, int obligationsMoved) {
    }

    public List<RuleView> rules() {
        return all().stream().map(RuleView::of).toList();
    }

    public List<ReportingRule> all() {
        return em.createQuery("from ReportingRule r order by r.kind", ReportingRule.class).getResultList();
    }

    public ReportingRule rule(ReportKind kind) {
        return em.find(ReportingRule.class, kind);
    }

    @Transactional
    public Changed change(ReportKind kind, RuleInput in, Actor actor) {
        ReportingRule rule = em.find(ReportingRule.class, kind, LockModeType.PESSIMISTIC_WRITE);
        if (in.version() != rule.version) {
            throw DomainException.conflict(ProblemCode.STALE_VERSION, "The " + kind + " rule was changed meanwhile; read it again");
        }
        requireDueRule(kind, in);
        rule.nameVi = in.nameVi().strip();
        rule.nameEn = in.nameEn().strip();
        rule.dueMonth = kind == ReportKind.COMPLETION ? null : in.dueMonth();
        rule.dueDay = kind == ReportKind.COMPLETION ? null : in.dueDay();
        rule.monthsAfterEnd = kind == ReportKind.COMPLETION ? in.monthsAfterEnd() : null;
        rule.reminderDays = in.reminderDays();
        rule.reviewDays = in.reviewDays();
        rule.correctionDays = in.correctionDays();
        rule.chaseDays = in.chaseDays();
        rule.active = in.active();
        int moved = reschedule(rule, actor);
        em.flush();
        return new Changed(RuleView.of(rule), moved);
    }

    private static void requireDueRule(ReportKind kind, RuleInput in) {
        if (kind == ReportKind.COMPLETION) {
            if (in.monthsAfterEnd() == null) {
                throw DomainException.invalid("monthsAfterEnd", ProblemCode.REQUIRED, "is required for the completion report");
            }
            return;
        }
        if (in.dueMonth() == null) {
            throw DomainException.invalid("dueMonth", ProblemCode.REQUIRED, "is required for a period report");
        }
        if (in.dueDay() == null) {
            throw DomainException.invalid("dueDay", ProblemCode.REQUIRED, "is required for a period report");
        }
        try {
            MonthDay.of(in.dueMonth(), in.dueDay());
        } catch (DateTimeException e) {
            throw DomainException.invalid("dueDay", ProblemCode.NO_SUCH_DAY, "month " + in.dueMonth() + " has no day "
                    + in.dueDay(), in.dueMonth());
        }
    }

    /** Obligations awaiting their first report and not yet due take the rule's new due date, recorded per project. */
    private int reschedule(ReportingRule rule, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<ReportObligation> waiting = em.createQuery("from ReportObligation o where o.kind = :kind and o.status = :due"
                        + " and o.dueDate >= :today order by o.id", ReportObligation.class)
                .setParameter("kind", rule.kind).setParameter("due", ObligationStatus.DUE).setParameter("today", today)
                .getResultList();
        int moved = 0;
        for (ReportObligation o : waiting) {
            LocalDate due = rule.dueFor(ReportSchedule.nominalEnd(o.kind, o.periodStart, o.periodEnd));
            if (!due.equals(o.dueDate)) {
                audit.record(o.projectId, actor.username(), "REPORT_DUE_MOVED", new AuditLog.Step(null, null, null, null,
                        Map.of("obligationId", o.id, "kind", o.kind.name(), "from", o.dueDate.toString(), "to", due.toString())));
                o.dueDate = due;
                process.rescheduled(o, rule);
                moved++;
            }
        }
        return moved;
    }
}
