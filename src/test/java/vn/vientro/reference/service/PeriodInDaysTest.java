package vn.vientro.reference.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Periods in days (ngày) against periods in working days (ngày làm việc), with the Civil Code 2015's rules: the day a
 * period starts is not counted (Art. 147(1)); a period whose last day is a weekend day or a day off ends at the close of
 * the next working day (Art. 148(5)). Every expected date is counted by hand on a printed calendar; the days off are
 * written out here (Labour Code 2019 Art. 112 and the project's Tết rule: from the last day of the 12th lunar month,
 * five days, a day falling on a weekend made up on the next working day), not taken from the production code.
 */
class PeriodInDaysTest {

    private static final Predicate<LocalDate> WEEKENDS_ONLY = WorkingDayCalendar.weekdaysExcept(Set.of());

    /**
     * Tết Đinh Mùi 2027: the lunar new year is Saturday 6 February 2027. Off: Fri 5 Feb (last day of the 12th month),
     * Sat 6 – Tue 9 (days 1–4), and Sat 6 and Sun 7 made up on Wed 10 and Thu 11. First working day: Fri 12 Feb.
     */
    private static final Predicate<LocalDate> TET_2027 = WorkingDayCalendar.weekdaysExcept(Set.of(
            LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),
            LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11)));

    /**
     * Reunification Day and Labour Day 2027: 30 April is a Friday, 1 May a Saturday, made up on Monday 3 May. Off:
     * Fri 30 Apr, (Sat 1, Sun 2), Mon 3 May. First working day: Tue 4 May.
     */
    private static final Predicate<LocalDate> APRIL_MAY_2027 = WorkingDayCalendar.weekdaysExcept(Set.of(
            LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 3)));

    @Test
    void twentyDaysAreNotTwentyWorkingDays() {
        // Mon 2 Nov 2026 + 20 days = Sun 22 Nov: not worked, so the period ends on Mon 23 Nov (Art. 148(5)).
        LocalDate monday = LocalDate.of(2026, 11, 2);
        assertThat(WorkingDayCalendar.endOfDays(monday, 20, WEEKENDS_ONLY)).isEqualTo(LocalDate.of(2026, 11, 23));
        // 20 working days from the same Monday are four whole weeks: Mon 30 Nov.
        assertThat(WorkingDayCalendar.addWorkingDays(monday, 20, WEEKENDS_ONLY)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theStartingDayIsNotCounted() {
        // Tue 3 Nov 2026 + 3 days = Fri 6 Nov, a working day: the period ends then, not on Thu 5 Nov.
        assertThat(WorkingDayCalendar.endOfDays(LocalDate.of(2026, 11, 3), 3, WEEKENDS_ONLY)).isEqualTo(LocalDate.of(2026, 11, 6));
        // A period that starts on a Saturday counts Sunday as its first day: Sat 21 Nov + 5 = Thu 26 Nov.
        assertThat(WorkingDayCalendar.endOfDays(LocalDate.of(2026, 11, 21), 5, WEEKENDS_ONLY)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aPeriodEndingOnASaturdayEndsOnMonday() {
        // Mon 16 Nov 2026 + 5 days = Sat 21 Nov → Mon 23 Nov.
        assertThat(WorkingDayCalendar.endOfDays(LocalDate.of(2026, 11, 16), 5, WEEKENDS_ONLY)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aPeriodEndingOnTheDayBeforeTetEndsAfterTet() {
        // Sat 16 Jan 2027 + 20 days = Fri 5 Feb, the last day of the year of the Horse and a day off: every day to Thu
        // 11 Feb is off too (weekend, Tết, days made up), so the period ends on Fri 12 Feb.
        assertThat(WorkingDayCalendar.endOfDays(LocalDate.of(2027, 1, 16), 20, TET_2027)).isEqualTo(LocalDate.of(2027, 2, 12));
        // Ending on Thu 4 Feb, the last working day before Tết, it stays there: Thu 14 Jan + 21 days.
        assertThat(WorkingDayCalendar.endOfDays(LocalDate.of(2027, 1, 14), 21, TET_2027)).isEqualTo(LocalDate.of(2027, 2, 4));
        // In working days the week of Tết is not counted at all: 21 working days from Thu 14 Jan are 15 Jan to Thu 4 Feb
        // (15), Fri 12 Feb (16) and Mon 15 – Fri 19 Feb (17–21).
        assertThat(WorkingDayCalendar.addWorkingDays(LocalDate.of(2027, 1, 14), 21, TET_2027)).isEqualTo(LocalDate.of(2027, 2, 19));
    }

    @Test
    void aPeriodEndingOnThirtiethOfApril2027EndsOnFourthOfMay() {
        // Tue 20 Apr 2027 + 10 days = Fri 30 Apr (off); Sat 1 May (off), Sun 2, Mon 3 (1 May made up) → Tue 4 May.
        assertThat(WorkingDayCalendar.endOfDays(LocalDate.of(2027, 4, 20), 10, APRIL_MAY_2027)).isEqualTo(LocalDate.of(2027, 5, 4));
        // One day earlier it ends on Thu 29 Apr, a working day.
        assertThat(WorkingDayCalendar.endOfDays(LocalDate.of(2027, 4, 19), 10, APRIL_MAY_2027)).isEqualTo(LocalDate.of(2027, 4, 29));
    }

    @Test
    void daysUsedInDaysCountEveryDay() {
        var calendar = new FixedHolidayCalendar(java.time.Clock.fixed(java.time.Instant.parse("2027-02-12T03:00:00Z"),
                java.time.ZoneId.of("Asia/Ho_Chi_Minh")), java.time.LocalTime.of(17, 0), Set.of(LocalDate.of(2027, 2, 5),
                LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11)));
        // From Thu 4 Feb 2027 (10:00 in Hà Nội) to Fri 12 Feb: 8 days, but 1 working day (Tết and its weekend skipped).
        var start = java.time.Instant.parse("2027-02-04T03:00:00Z");
        var now = java.time.Instant.parse("2027-02-12T03:00:00Z");
        assertThat(calendar.daysUsed(start, now, PeriodUnit.DAYS)).isEqualTo(8);
        assertThat(calendar.daysUsed(start, now, PeriodUnit.WORKING_DAYS)).isEqualTo(1);
        // and the due instant is the close (17:00 in the province) of the period's last day: 20 days → Wed 24 Feb.
        assertThat(calendar.dueAfter(start, 20, PeriodUnit.DAYS)).isEqualTo(java.time.Instant.parse("2027-02-24T10:00:00Z"));
        assertThat(PeriodUnit.of(null)).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(PeriodUnit.of("DAYS")).isEqualTo(PeriodUnit.DAYS);
    }
}
