package vn.vientro.reference.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The working-day arithmetic on its own (pure logic, no database). */
class WorkingDayCalendarTest {

    // Tết 2027: Friday 5 to Thursday 11 February (weekend 6-7 in between).
    private static final Predicate<LocalDate> NONE = WorkingDayCalendar.weekdaysExcept(Set.of());
    private static final Predicate<LocalDate> TET_2027 = WorkingDayCalendar.weekdaysExcept(Set.of(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),
            LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11)));

    @Test
    void skipsWeekends() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertThat(WorkingDayCalendar.addWorkingDays(friday, 1, NONE)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(WorkingDayCalendar.addWorkingDays(friday, 5, NONE)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(WorkingDayCalendar.addWorkingDays(friday, 0, NONE)).isEqualTo(friday);
    }

    @Test
    void aDeadlineStartingOnAWeekendCountsFromMonday() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        assertThat(WorkingDayCalendar.addWorkingDays(saturday, 0, NONE)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(WorkingDayCalendar.addWorkingDays(saturday, 1, NONE)).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void skipsPublicHolidays() {
        LocalDate thursdayBeforeTet = LocalDate.of(2027, 2, 4);
        assertThat(WorkingDayCalendar.addWorkingDays(thursdayBeforeTet, 1, TET_2027)).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(WorkingDayCalendar.addWorkingDays(thursdayBeforeTet, 20, TET_2027)).isEqualTo(LocalDate.of(2027, 3, 11));
    }

    @Test
    void countsWorkingDaysBetween() {
        assertThat(WorkingDayCalendar.countWorkingDays(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 12), TET_2027)).isEqualTo(1);
        assertThat(WorkingDayCalendar.countWorkingDays(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27), NONE)).isEqualTo(5);
        assertThat(WorkingDayCalendar.countWorkingDays(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), NONE)).isZero();
    }

    @Test
    void daysUsedCountLikeTheDeadline() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        LocalDate monday = LocalDate.of(2026, 11, 23);
        // A clock started on a weekend has used nothing on Monday, its day 0, and one day on Tuesday,
        // the day a one-day deadline falls due.
        assertThat(WorkingDayCalendar.workingDaysUsed(saturday, monday, NONE)).isZero();
        assertThat(WorkingDayCalendar.workingDaysUsed(saturday, monday.plusDays(1), NONE)).isEqualTo(1);
        assertThat(WorkingDayCalendar.addWorkingDays(saturday, 1, NONE)).isEqualTo(monday.plusDays(1));
        assertThat(WorkingDayCalendar.workingDaysUsed(monday, monday, NONE)).isZero();
        assertThat(WorkingDayCalendar.workingDaysUsed(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 12), TET_2027)).isEqualTo(1);
    }
}
