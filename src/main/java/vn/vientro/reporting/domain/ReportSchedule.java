package vn.vientro.reporting.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The reports a project owes under the calendar: a half-year report for each January-June and an annual report for
 * each calendar year its planned dates touch (the period cut to those dates), and one completion report for the whole
 * project. Those due before {@code from} are left out: a report cannot be owed before the aid was decided (or, for
 * aid recorded from before this system, before it was recorded).
 */
public final class ReportSchedule {

    private static final MonthDay HALF_YEAR_END = MonthDay.of(6, 30);
    private static final MonthDay YEAR_END = MonthDay.of(12, 31);

    public record Due(ReportKind kind, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate) {
    }

    private ReportSchedule() {
    }

    public static List<Due> of(Collection<ReportingRule> rules, LocalDate plannedStart, LocalDate plannedEnd, LocalDate from) {
        List<Due> due = new ArrayList<>();
        for (ReportingRule rule : rules) {
            if (!rule.active) {
                continue;
            }
            if (rule.kind == ReportKind.COMPLETION) {
                due.add(new Due(rule.kind, plannedStart, plannedEnd, rule.dueFor(plannedEnd)));
                continue;
            }
            for (int year = plannedStart.getYear(); year <= plannedEnd.getYear(); year++) {
                LocalDate start = LocalDate.of(year, 1, 1);
                LocalDate end = nominalEnd(rule.kind, year);
                if (end.isBefore(plannedStart)) {
                    continue;
                }
                due.add(new Due(rule.kind, max(start, plannedStart), min(end, plannedEnd), rule.dueFor(end)));
            }
        }
        return due.stream().filter(d -> !d.dueDate().isBefore(from))
                .sorted(Comparator.comparing(Due::dueDate).thenComparing(Due::kind)).toList();
    }

    /** The day a report's period nominally ends, from which its due date counts; the planned end for completion. */
    public static LocalDate nominalEnd(ReportKind kind, LocalDate periodStart, LocalDate periodEnd) {
        return kind == ReportKind.COMPLETION ? periodEnd : nominalEnd(kind, periodStart.getYear());
    }

    private static LocalDate nominalEnd(ReportKind kind, int year) {
        return (kind == ReportKind.HALF_YEAR ? HALF_YEAR_END : YEAR_END).atYear(year);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
