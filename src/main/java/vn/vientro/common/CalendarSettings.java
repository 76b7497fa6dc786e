package vn.vientro.common;

import io.smallrye.config.ConfigMapping;

import java.time.LocalTime;
import java.time.ZoneId;

/** The province's calendar settings ({@code vientro.calendar.*}), read and checked once at start-up. */
@ConfigMapping(prefix = "vientro.calendar")
public interface CalendarSettings {

    /** The province's time zone: "today", year boundaries and due dates are in it. */
    ZoneId zone();

    /** When a working day's deadline falls due. */
    LocalTime closingTime();
}
