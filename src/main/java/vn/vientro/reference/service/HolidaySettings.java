package vn.vientro.reference.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * What the Labour Code leaves to the Prime Minister's yearly decision (Art. 112(3)), as assumed for the years whose
 * decision is not entered ({@code vientro.holidays.*}; see {@link vn.vientro.reference.domain.PublicHolidays.Rules}).
 */
@ConfigMapping(prefix = "vientro.holidays")
public interface HolidaySettings {

    /** How many of the five Tết days come before the first day of the lunar year. */
    @WithDefault("1")
    int tetDaysBeforeNewYear();

    /** The weekdays of 2 September on which the second National Day holiday is 3 September rather than 1 September. */
    @WithDefault("MONDAY,THURSDAY")
    Set<DayOfWeek> nationalDayFollowedOn();
}
