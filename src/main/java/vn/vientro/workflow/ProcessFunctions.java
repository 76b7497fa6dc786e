package vn.vientro.workflow;

import io.quarkus.arc.Arc;
import vn.vientro.reference.service.WorkingDayCalendar;

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
