package vn.vientro.reference.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The government's decisions entered over the computed days: an entered day wins. */
class HolidayYearTest {

    private static final PublicHolidays LAW = new PublicHolidays(PublicHolidays.Rules.DEFAULT);

    @Test
    void theDecisionForTet2023WinsOverTheDefault() {
        // By default Tết 2023 is Saturday 21 to Wednesday 25 January, the weekend made up on Thursday 26 and Friday 27.
        // The decision for 2023 gave Friday 20 (29 Tết) to Thursday 26 January (mùng 5): Friday 20 off, Friday 27 worked.
        HolidayYear defaults = HolidayYear.of(LAW.of(2023), List.of());
        assertThat(defaults.isWorkingDay(LocalDate.of(2023, 1, 20))).isTrue();
        assertThat(defaults.isWorkingDay(LocalDate.of(2023, 1, 27))).isFalse();

        HolidayYear decided = HolidayYear.of(LAW.of(2023), List.of(
                decision(1L, LocalDate.of(2023, 1, 20), "Nghỉ Tết Âm lịch (29 Tết)", true),
                decision(2L, LocalDate.of(2023, 1, 27), "Đi làm (Tết nghỉ từ 20/1 đến 26/1)", false)));
        assertThat(decided.isWorkingDay(LocalDate.of(2023, 1, 20))).isFalse();
        assertThat(decided.isWorkingDay(LocalDate.of(2023, 1, 27))).isTrue();
        assertThat(decided.isWorkingDay(LocalDate.of(2023, 1, 26))).isFalse();   // still a computed day off

        HolidayYear.Entry friday = decided.entries().stream().filter(e -> e.day().equals(LocalDate.of(2023, 1, 27)))
                .findFirst().orElseThrow();
        assertThat(friday.kind()).isEqualTo(HolidayKind.DECIDED);
        assertThat(friday.source()).isEqualTo(HolidayYear.Source.ENTERED);
        assertThat(friday.dayOff()).isFalse();
        assertThat(friday.id()).isEqualTo(2L);
        // The computed compensatory day of the same date is no longer listed: one entry per day.
        assertThat(decided.entries()).filteredOn(e -> e.day().equals(LocalDate.of(2023, 1, 27))).hasSize(1);
        assertThat(decided.entries()).extracting(HolidayYear.Entry::day).isSorted();
    }

    @Test
    void aSaturdayDecidedToBeWorkedIsAWorkingDay() {
        // A swap: Monday 29 April 2024 off, worked on Saturday 4 May 2024 instead.
        HolidayYear decided = HolidayYear.of(LAW.of(2024), List.of(
                decision(1L, LocalDate.of(2024, 4, 29), "Nghỉ hoán đổi", true),
                decision(2L, LocalDate.of(2024, 5, 4), "Làm bù cho ngày 29/4", false)));
        assertThat(decided.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
        assertThat(decided.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        assertThat(decided.isWorkingDay(LocalDate.of(2024, 5, 5))).isFalse();
        assertThat(decided.isWorkingDay(LocalDate.of(2024, 5, 6))).isTrue();
        assertThat(decided.entries()).filteredOn(e -> e.source() == HolidayYear.Source.COMPUTED)
                .extracting(HolidayYear.Entry::day).contains(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1));
    }

    private static Holiday decision(Long id, LocalDate day, String name, boolean dayOff) {
        Holiday holiday = new Holiday();
        holiday.id = id;
        holiday.day = day;
        holiday.nameVi = name;
        holiday.dayOff = dayOff;
        return holiday;
    }
}
