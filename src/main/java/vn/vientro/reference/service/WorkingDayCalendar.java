package vn.vientro.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.vientro.common.CalendarSettings;
import vn.vientro.common.CacheVersions;
import vn.vientro.common.ProvinceZone;
import vn.vientro.reference.domain.Holiday;

import java.time.*;
import java.util.Set;

/**
 * Deadlines in working days: weekends and the public holidays kept in the {@code holiday} table are
 * skipped. A deadline falls at the close of office hours on its day, in the province's time zone.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    @Inject
    EntityManager em;

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

    /** Working days used by now (by the application's clock) of a deadline whose clock started at {@code start}. */
    public long workingDaysUsedSince(Instant start) {
        return workingDaysUsed(start, clock.instant());
    }

    /** The close of the {@code days}-th working day after {@code from}; 0 means the close of the current working day. */
    public Instant dueAfter(Instant from, long days) {
        LocalDate start = from.atZone(zone).toLocalDate();
        LocalDate due = addWorkingDays(start, Math.max(0, days), holidays());
        return due.atTime(settings.closingTime()).atZone(zone).toInstant();
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
        LocalDate day = addWorkingDays(due.atZone(zone).toLocalDate(), 0, holidays());
        for (long left = Math.max(0, days); left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day, holidays())) {
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
        return workingDaysUsed(start.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate(), holidays());
    }

    @Inject
    CacheVersions versions;

    /** The holidays and the version of the {@code holidays} cache they were read at. */
    private record Holidays(long version, Set<LocalDate> days) {
    }

    /**
     * All holidays (a few dozen rows), read again whenever the {@code holidays} cache version moved, on whichever
     * node the change was made: two nodes never count working days with different holidays for longer than
     * {@code vientro.cache.check-interval}.
     */
    private volatile Holidays holidays;

    /** Package-private so that the tests of the BPMN alone, which have no database, can give a fixed list. */
    Set<LocalDate> holidays() {
        long version = versions.current(CacheVersions.HOLIDAYS);
        Holidays known = holidays;
        if (known == null || known.version() != version) {
            known = new Holidays(version, Set.copyOf(em.createQuery("select h.day from Holiday h", LocalDate.class).getResultList()));
            holidays = known;
        }
        return known.days();
    }

    /** Runs in the administrator's transaction, so the new version commits with the holiday. */
    void holidaysChanged(@Observes ReferenceDataChanged event) {
        if (event.type() == Holiday.class) {
            versions.bump(CacheVersions.HOLIDAYS);
        }
    }

    static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** Day 0 is {@code start} itself if it is a working day, otherwise the next working day. */
    static LocalDate addWorkingDays(LocalDate start, long days, Set<LocalDate> holidays) {
        LocalDate day = start;
        while (!isWorkingDay(day, holidays)) {
            day = day.plusDays(1);
        }
        for (long left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                left--;
            }
        }
        return day;
    }

    static long workingDaysUsed(LocalDate start, LocalDate today, Set<LocalDate> holidays) {
        return countWorkingDays(addWorkingDays(start, 0, holidays), today, holidays);
    }

    /** Working days in the half-open range (start, end]. */
    static long countWorkingDays(LocalDate start, LocalDate end, Set<LocalDate> holidays) {
        long count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day, holidays)) {
                count++;
            }
        }
        return count;
    }
}
