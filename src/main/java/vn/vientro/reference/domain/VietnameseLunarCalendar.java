package vn.vientro.reference.domain;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.DateTimeRule;
import com.ibm.icu.util.InitialTimeZoneRule;
import com.ibm.icu.util.RuleBasedTimeZone;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeArrayTimeZoneRule;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar (âm lịch): the Chinese lunisolar rules, with new moons and solar terms reckoned on
 * Vietnam's meridian, UTC+7, from 8 August 1967 (when North Vietnam adopted UTC+7 and a lunar calendar computed for
 * it; the South followed in 1975), and on UTC+8, China's, before. The hour matters when a new moon falls between 16:00 and 17:00 UTC: then a month begins a day earlier here
 * than in China, and in some years (1985, 2007 ...) Tết with it. The astronomy is ICU's; this class only gives
 * ICU's Chinese calendar the meridian, as ICU's own DangiCalendar does for Korea.
 */
public final class VietnameseLunarCalendar {

    /** The first and last Gregorian years the calendar answers for. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private static final int HOUR = 3_600_000;
    /** 8 August 1967 00:00 at UTC+8, in milliseconds since the epoch: from then on the meridian is UTC+7. */
    private static final long VIETNAMESE_MERIDIAN_FROM = LocalDate.of(1967, 8, 8).toEpochDay() * 86_400_000L - 8L * HOUR;

    private static final TimeZone MERIDIAN = meridian();

    private VietnameseLunarCalendar() {
    }

    /** The first day (mùng 1 Tết) of the lunar year that begins in Gregorian {@code year}. */
    public static LocalDate newYear(int year) {
        return toSolar(year, 1, 1);
    }

    /**
     * The solar date of {@code day} of lunar {@code month} (1–12, the ordinary month, not a leap month of the same
     * number) of the lunar year that begins in Gregorian {@code year}.
     */
    public static LocalDate toSolar(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " outside " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        // ICU's calendars are mutable and not thread-safe: one per question.
        Calendar calendar = new Calendar();
        calendar.clear();
        // ICU 79's extended Chinese year is the Gregorian year in which the lunar year begins.
        calendar.set(ChineseCalendar.EXTENDED_YEAR, year);
        calendar.set(ChineseCalendar.MONTH, month - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(ChineseCalendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(calendar.get(ChineseCalendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }

    /** The Julian day number of 1 January 1970. */
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private static TimeZone meridian() {
        RuleBasedTimeZone zone = new RuleBasedTimeZone("VIETNAM_LUNAR_MERIDIAN",
                new InitialTimeZoneRule("GMT+8", 8 * HOUR, 0));
        zone.addTransitionRule(new TimeArrayTimeZoneRule("GMT+7", 7 * HOUR, 0,
                new long[] {VIETNAMESE_MERIDIAN_FROM}, DateTimeRule.UTC_TIME));
        zone.freeze();
        return zone;
    }

    /** ICU's Chinese calendar on Vietnam's meridian; its civil zone is irrelevant to dates counted in whole days. */
    private static final class Calendar extends ChineseCalendar {
        Calendar() {
            super(new SimpleTimeZone(7 * HOUR, "GMT+7"), ULocale.ROOT, MERIDIAN);
        }
    }
}
