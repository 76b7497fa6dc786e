package vn.vientro.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One row of the reporting calendar (data the province sets): when a kind of report is due and the working days its
 * process allows. A period report (half-year, annual) is due on the first {@code dueMonth}/{@code dueDay} after its
 * period ends (a day past the month's end is its last day); the completion report {@code monthsAfterEnd} months after
 * the planned end.
 */
@Entity
@Table(name = "reporting_rule")
public class ReportingRule extends PanacheEntityBase {

    @Id
    @Enumerated(EnumType.STRING)
    public ReportKind kind;

    @Column(name = "name_vi")
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "due_month")
    public Integer dueMonth;

    @Column(name = "due_day")
    public Integer dueDay;

    @Column(name = "months_after_end")
    public Integer monthsAfterEnd;

    @Column(name = "reminder_days")
    public int reminderDays;

    @Column(name = "review_days")
    public int reviewDays;

    @Column(name = "correction_days")
    public int correctionDays;

    @Column(name = "chase_days")
    public int chaseDays;

    public boolean active;

    @Version
    public long version;

    /**
     * The due date of a report whose period ends on {@code periodEnd}: for a period report the period's nominal end
     * (30 June, 31 December), for the completion report the project's planned end.
     */
    public LocalDate dueFor(LocalDate periodEnd) {
        if (kind == ReportKind.COMPLETION) {
            return periodEnd.plusMonths(monthsAfterEnd);
        }
        LocalDate candidate = dayOf(YearMonth.of(periodEnd.getYear(), dueMonth));
        return candidate.isAfter(periodEnd) ? candidate : dayOf(YearMonth.of(periodEnd.getYear() + 1, dueMonth));
    }

    private LocalDate dayOf(YearMonth month) {
        return month.atDay(Math.min(dueDay, month.lengthOfMonth()));
    }
}
