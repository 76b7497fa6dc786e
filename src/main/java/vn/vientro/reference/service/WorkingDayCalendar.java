package vn.vientro.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vientro.common.CalendarSettings;
import vn.vientro.common.ProvinceZone;

import java.time.*;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Deadlines in working days or in days ({@link PeriodUnit}). In working days, weekends and the days off of {@link HolidayCalendar} (the law's holidays of the
 * date's year with the government's decisions entered over them) are skipped, and weekend days decided to be
 * worked count; in days, every day counts and a period whose last day is not worked ends on the next working day
 * (Civil Code 2015 Art. 148(5)). A deadline falls at the close of office hours on its day, in the province's time zone.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    @Inject
    Clock clock;

    @Inject
    @ProvinceZone
    ZoneId zone;

    @Inject
    CalendarSettings settings;

    /** The close of the {@code days}-th working day from now (by the application's clock). */
    public Instant dueIn(long days) {
        return dueAfter(clock.instant(), days);
    }

    /** Now, by the application's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** Working days used by now (by the application's clock) of a deadline whose clock started at {@code start}. */
    public long workingDaysUsedSince(Instant start) {
        return workingDaysUsed(start, clock.instant());
    }

    /** The close of the {@code days}-th working day after {@code from}; 0 means the close of the current working day. */
    public Instant dueAfter(Instant from, long days) {
        LocalDate start = from.atZone(zone).toLocalDate();
        LocalDate due = addWorkingDays(start, Math.max(0, days), workingDays());
        return due.atTime(settings.closingTime()).atZone(zone).toInstant();
    }

    /** The close of the last day of a period of {@code days} in {@code unit} after {@code from}. */
    public Instant dueAfter(Instant from, long days, PeriodUnit unit) {
        if (unit == PeriodUnit.WORKING_DAYS) {
            return dueAfter(from, days);
        }
        return closeOf(endOfDays(from.atZone(zone).toLocalDate(), Math.max(0, days), workingDays()));
    }

    /** The same from now (by the application's clock). */
    public Instant dueIn(long days, PeriodUnit unit) {
        return dueAfter(clock.instant(), days, unit);
    }

    /**
     * Time of a period in {@code unit} used by {@code now} when its clock started at {@code start}: working days as
     * {@link #workingDaysUsed(Instant, Instant)}, or the days since the start's day (0 on that day).
     */
    public long daysUsed(Instant start, Instant now, PeriodUnit unit) {
        if (unit == PeriodUnit.WORKING_DAYS) {
            return workingDaysUsed(start, now);
        }
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(start.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate()));
    }

    /** The close of office hours on {@code day}, a deadline set by the calendar (e.g. "by 15 January"), not in working days. */
    public Instant closeOf(LocalDate day) {
        return day.atTime(settings.closingTime()).atZone(zone).toInstant();
    }

    /**
     * The close of the working day {@code days} working days before {@code due} (counted from the first working day
     * on or after it, as {@link #dueAfter} counts forward): when a reminder goes out before a due date.
     */
    public Instant dueBefore(Instant due, long days) {
        LocalDate day = addWorkingDays(due.atZone(zone).toLocalDate(), 0, workingDays());
        for (long left = Math.max(0, days); left > 0; ) {
            day = day.minusDays(1);
            if (workingDays().test(day)) {
                left--;
            }
        }
        return day.atTime(settings.closingTime()).atZone(zone).toInstant();
    }

    /**
     * Working days of a deadline used by {@code now} when its clock started at {@code start}: counted like
     * {@link #dueAfter}, from the first working day on or after the start, so a step is overdue exactly when
     * this exceeds its allowed days (0 on the starting day).
     */
    public long workingDaysUsed(Instant start, Instant now) {
        return workingDaysUsed(start.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate(), workingDays());
    }

    @Inject
    HolidayCalendar holidays;

    /**
     * Whether a day is worked, by the holidays of its year. Package-private so that the tests of the BPMN alone,
     * which have no database, can give a fixed list.
     */
    Predicate<LocalDate> workingDays() {
        return holidays::isWorkingDay;
    }

    /** Monday to Friday except {@code holidays}: a calendar given as a list of days off. */
    static Predicate<LocalDate> weekdaysExcept(Set<LocalDate> holidays) {
        return day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** Day 0 is {@code start} itself if it is a working day, otherwise the next working day. */
    static LocalDate addWorkingDays(LocalDate start, long days, Predicate<LocalDate> working) {
        LocalDate day = start;
        while (!working.test(day)) {
            day = day.plusDays(1);
        }
        for (long left = days; left > 0; ) {
            day = day.plusDays(1);
            if (working.test(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The last day of a period of {@code days} days starting on {@code start}: the start's day is not counted (Civil
     * Code 2015 Art. 147(1)), and a last day that is not worked gives way to the next working day (Art. 148(5)).
     */
    static LocalDate endOfDays(LocalDate start, long days, Predicate<LocalDate> working) {
        return addWorkingDays(start.plusDays(days), 0, working);
    }

    static long workingDaysUsed(LocalDate start, LocalDate today, Predicate<LocalDate> working) {
        return countWorkingDays(addWorkingDays(start, 0, working), today, working);
    }

    /** Working days in the half-open range (start, end]. */
    static long countWorkingDays(LocalDate start, LocalDate end, Predicate<LocalDate> working) {
        long count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (working.test(day)) {
                count++;
            }
        }
        return count;
    }
}
