package vn.vientro.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The application's clock, in the province's time zone ({@code vientro.calendar.zone}). Code whose rules depend
 * on the date or time (deadlines, "today" for validity and decision dates, timestamps the rules compare) asks
 * this clock instead of calling {@code now()}, so tests can fix it (see {@code vn.vientro.support.TestClock}).
 * Token expiry and other security timing stay on the system clock.
 */
@Singleton
public class ProvinceClock {

    @Produces
    @Singleton
    Clock clock(CalendarSettings calendar) {
        return Clock.system(calendar.zone());
    }

    @Produces
    @ProvinceZone
    ZoneId zone(CalendarSettings calendar) {
        return calendar.zone();
    }
}
