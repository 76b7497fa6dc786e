package vn.vientro.workflow;

import io.quarkus.arc.Arc;
import vn.vientro.common.CalendarSettings;
import vn.vientro.reference.service.PeriodUnit;
import vn.vientro.reference.service.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Functions the BPMN uses in expressions, e.g. {@code ${dueIn(checkDays)}}. They are plain static
 * functions because expressions here cannot call methods on any object (the Quarkus extension's
 * resolver refuses method calls), and because a timer's date is evaluated before any listener of its
 * activity runs.
 */
public final class ProcessFunctions {

    private ProcessFunctions() {
    }

    /** The close of the working day {@code days} working days from now. */
    public static Date dueIn(long days) {
        return dueAfter(null, days);
    }

    /** The close of the working day {@code days} working days after {@code from} (now when null). */
    public static Date dueAfter(Date from, long days) {
        WorkingDayCalendar calendar = Arc.container().instance(WorkingDayCalendar.class).get();
        return Date.from(from == null ? calendar.dueIn(days) : calendar.dueAfter(from.toInstant(), days));
    }

    /**
     * The close of the last day of a period of {@code days} counted in {@code unit} (a decision table's output:
     * {@code WORKING_DAYS} or {@code DAYS}, see {@link PeriodUnit}) from now.
     */
    public static Date dueInUnit(long days, String unit) {
        return dueAfterInUnit(null, days, unit);
    }

    /** The same after {@code from} (now when null). */
    public static Date dueAfterInUnit(Date from, long days, String unit) {
        WorkingDayCalendar calendar = Arc.container().instance(WorkingDayCalendar.class).get();
        return Date.from(calendar.dueAfter(from == null ? calendar.now() : from.toInstant(), days, PeriodUnit.of(unit)));
    }

    /** The close of the working day {@code days} working days before {@code due}, e.g. a reminder's date. */
    public static Date dueBefore(Date due, long days) {
        WorkingDayCalendar calendar = Arc.container().instance(WorkingDayCalendar.class).get();
        return Date.from(calendar.dueBefore(due.toInstant(), days));
    }

    /**
     * When a watch looks again, at the start of the day in the province: {@code keepUntil} when the approver set one
     * (an ISO date), else {@code months} after {@code from} (an ISO date, e.g. the approval decision's).
     */
    public static Date watchDate(String from, long months, String keepUntil) {
        return watchDate(from, months, keepUntil, Arc.container().instance(CalendarSettings.class).get().zone());
    }

    /** The same in a given zone (the engine tests' own). */
    public static Date watchDate(String from, long months, String keepUntil, ZoneId zone) {
        LocalDate day = keepUntil != null && !keepUntil.isBlank() ? LocalDate.parse(keepUntil)
                : LocalDate.parse(from).plusMonths(months);
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    /**
     * The close of a calendar day given by a DMN as an ISO month-day ({@code --01-15}) in {@code year}, e.g. the
     * ministry report's "by 15 January of the next year".
     */
    public static Date dueOn(long year, String monthDay) {
        return dueOn(Arc.container().instance(WorkingDayCalendar.class).get(), year, monthDay);
    }

    /** As {@link #dueOn(long, String)} by the given calendar (the tests of the BPMN alone have no container). */
    public static Date dueOn(WorkingDayCalendar calendar, long year, String monthDay) {
        return Date.from(calendar.closeOf(java.time.MonthDay.parse(monthDay).atYear(Math.toIntExact(year))));
    }

    /** The {@code index}-th (0-based) entry of a comma-separated list, e.g. one agency of {@code agencies}. */
    public static String listItem(String commaSeparated, long index) {
        return commaSeparated.split(",")[(int) index].strip();
    }
}
