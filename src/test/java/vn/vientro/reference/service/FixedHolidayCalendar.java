package vn.vientro.reference.service;

import jakarta.enterprise.inject.Vetoed;
import vn.vientro.common.CalendarSettings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The production working-day calendar with a fixed list of holidays instead of the computed and entered ones, for the
 * tests of the BPMN alone (no database of ours). Not a bean: the application's tests use the real one.
 */
@Vetoed
public class FixedHolidayCalendar extends WorkingDayCalendar {

    private final Predicate<LocalDate> fixed;

    public FixedHolidayCalendar(Clock clock, LocalTime closingTime, Set<LocalDate> holidays) {
        this.clock = clock;
        this.zone = clock.getZone();
        this.settings = new CalendarSettings() {
            @Override
            public ZoneId zone() {
                return clock.getZone();
            }

            @Override
            public LocalTime closingTime() {
                return closingTime;
            }
        };
        this.fixed = weekdaysExcept(Set.copyOf(holidays));
    }

    @Override
    Predicate<LocalDate> workingDays() {
        return fixed;
    }
}
