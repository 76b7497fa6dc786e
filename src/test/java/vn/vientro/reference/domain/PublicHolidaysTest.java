package vn.vientro.reference.domain;

import com.ibm.icu.util.ChineseCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The holidays of the Labour Code 2019 computed for any year, checked against dates published elsewhere, never
 * against the production code: each table says where its dates come from.
 */
class PublicHolidaysTest {

    private static final PublicHolidays LAW = new PublicHolidays(PublicHolidays.Rules.DEFAULT);

    /**
     * The first day of the Vietnamese lunar year (mùng 1 Tết). Sources:
     * <ul>
     *   <li>1968, 1985, 2007, 2030, 2053, the years the Vietnamese date differs from the Chinese one (in brackets):
     *       Wikipedia, "Vietnamese calendar" (Tết 1968 on 29 January in the North, which had moved to UTC+7 on
     *       8 August 1967, 30 January in China and the South; 1985: 21 January against 20 February) and Hồ Ngọc Đức,
     *       "Âm lịch Việt Nam" (https://www.informatik.uni-leipzig.de/~duc/amlich/: "in 2007 the Vietnamese New Year is
     *       on 17/02/2007, the Chinese one on 18/02/2007; in 2030 02/02/2030 and 03/02/2030; in 2053 18/02/2053 and
     *       19/02/2053"; the Việt-Jo report of 6 July 2006 quoting the government on 2007, 2030 and 2053).</li>
     *   <li>2000, 2020–2029: the Prime Minister's and the Ministry of Labour's yearly Tết holiday notices (2020–2026)
     *       and Hồ Ngọc Đức's tables (2000, 2027–2029); in these years Vietnam and China agree.</li>
     * </ul>
     */
    private static final Map<Integer, LocalDate> TET = new TreeMap<>(Map.ofEntries(
            Map.entry(1968, LocalDate.of(1968, 1, 29)),    // China 30 January
            Map.entry(1985, LocalDate.of(1985, 1, 21)),    // China 20 February: a month apart
            Map.entry(2000, LocalDate.of(2000, 2, 5)),
            Map.entry(2007, LocalDate.of(2007, 2, 17)),    // China 18 February
            Map.entry(2020, LocalDate.of(2020, 1, 25)),
            Map.entry(2021, LocalDate.of(2021, 2, 12)),
            Map.entry(2022, LocalDate.of(2022, 2, 1)),
            Map.entry(2023, LocalDate.of(2023, 1, 22)),
            Map.entry(2024, LocalDate.of(2024, 2, 10)),
            Map.entry(2025, LocalDate.of(2025, 1, 29)),
            Map.entry(2026, LocalDate.of(2026, 2, 17)),
            Map.entry(2027, LocalDate.of(2027, 2, 6)),
            Map.entry(2028, LocalDate.of(2028, 1, 26)),
            Map.entry(2029, LocalDate.of(2029, 2, 13)),
            Map.entry(2030, LocalDate.of(2030, 2, 2)),     // China 3 February
            Map.entry(2053, LocalDate.of(2053, 2, 18))));  // China 19 February

    /** 10th day of the 3rd lunar month; the yearly holiday notices (2023–2026) and Hồ Ngọc Đức's tables (2027–2028). */
    private static final Map<Integer, LocalDate> HUNG_KINGS = new TreeMap<>(Map.of(
            2023, LocalDate.of(2023, 4, 29),
            2024, LocalDate.of(2024, 4, 18),
            2025, LocalDate.of(2025, 4, 7),
            2026, LocalDate.of(2026, 4, 26),
            2027, LocalDate.of(2027, 4, 16),
            2028, LocalDate.of(2028, 4, 4)));

    @Test
    void tetIsTheFirstDayOfTheVietnameseLunarYear() {
        TET.forEach((year, day) -> assertThat(VietnameseLunarCalendar.newYear(year)).as("Tết %d", year).isEqualTo(day));
        TET.forEach((year, day) -> assertThat(daysOf(year, HolidayKind.LUNAR)).as("Tết %d", year).contains(day));
    }

    @Test
    void theVietnameseMeridianIsWhatMakesTheDifference() {
        // ICU's own Chinese calendar, reckoned at UTC+8, gives China's dates of the years in the table above.
        assertThat(chineseNewYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(chineseNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
        assertThat(chineseNewYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth() {
        HUNG_KINGS.forEach((year, day) -> {
            assertThat(VietnameseLunarCalendar.toSolar(year, 3, 10)).as("Hùng Kings %d", year).isEqualTo(day);
            assertThat(daysOf(year, HolidayKind.LUNAR)).as("Hùng Kings %d", year).contains(day);
        });
    }

    @Test
    void tetIsFiveDaysFromTheLastDayOfTheOldYear() {
        // Tết 2026: Monday 16 (the last day of the year of the Snake) to Friday 20 February, and the Hùng Kings' day.
        assertThat(daysOf(2026, HolidayKind.LUNAR)).containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 26));
        // Tết 2027 begins on a Saturday: Friday 5 to Tuesday 9 February, the weekend made up on Wednesday 10 and
        // Thursday 11 (and Saturday 1 May on Monday 3 May).
        assertThat(daysOf(2027, HolidayKind.LUNAR)).startsWith(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6),
                LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9));
        assertThat(daysOf(2027, HolidayKind.COMPENSATORY)).containsExactly(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11),
                LocalDate.of(2027, 5, 3));
    }

    @Test
    void theSecondNationalDayHolidayJoinsTheWeekendAsTheDecisionsOf2021To2025Did() {
        // The Prime Minister's decisions (Labour Code Art. 112(3)): 2021 Thu 2 + Fri 3; 2022 Thu 1 + Fri 2;
        // 2023 Fri 1 + Sat 2 (made up on Mon 4); 2024 Mon 2 + Tue 3; 2025 Mon 1 + Tue 2 September.
        assertThat(septemberDaysOff(2021)).containsExactly(2, 3);
        assertThat(septemberDaysOff(2022)).containsExactly(1, 2);
        assertThat(septemberDaysOff(2023)).containsExactly(1, 2, 4);
        assertThat(septemberDaysOff(2024)).containsExactly(2, 3);
        assertThat(septemberDaysOff(2025)).containsExactly(1, 2);
        // 2 September 2029 is a Sunday: Saturday 1 is the second day, both made up on Monday 3 and Tuesday 4.
        assertThat(septemberDaysOff(2029)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aHolidayOnAWeekendIsMadeUpOnTheNextWorkingDay() {
        // 2022: Saturday 1 January made up on Monday 3 January; the Hùng Kings' day on Sunday 10 April on Monday 11
        // April; Saturday 30 April and Sunday 1 May on Monday 2 and Tuesday 3 May (the Ministry of Labour's notice for
        // 2022: off from 30 April to 3 May).
        assertThat(daysOf(2022, HolidayKind.COMPENSATORY)).containsExactly(LocalDate.of(2022, 1, 3),
                LocalDate.of(2022, 4, 11), LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
        // 2023: Sunday 1 January made up on Monday 2 January; the Hùng Kings' day on Saturday 29 April and 30 April on
        // Sunday, with 1 May on Monday, made up on Tuesday 2 and Wednesday 3 May (off from 29 April to 3 May);
        // Saturday 2 September on Monday 4 September.
        assertThat(daysOf(2023, HolidayKind.COMPENSATORY)).contains(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 5, 2),
                LocalDate.of(2023, 5, 3), LocalDate.of(2023, 9, 4));
        // 2026: the Hùng Kings' day on Sunday 26 April, made up on Monday 27 April.
        assertThat(daysOf(2026, HolidayKind.COMPENSATORY)).containsExactly(LocalDate.of(2026, 4, 27));
        // 2020: no holiday on a weekend but Tết's Saturday 25 and Sunday 26 January, made up on Wednesday 29 and Thursday 30
        // (Tết 2020 by default: Friday 24 to Tuesday 28 January).
        assertThat(daysOf(2020, HolidayKind.COMPENSATORY)).containsExactly(LocalDate.of(2020, 1, 29), LocalDate.of(2020, 1, 30));
    }

    @Test
    void theFixedDaysAreTheLaws() {
        assertThat(daysOf(2024, HolidayKind.FIXED)).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30),
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3));
        // Eleven days by Art. 112(1), and Tết's Saturday 10 and Sunday 11 February made up on Wednesday 14 and
        // Thursday 15 (Tết 2024 by default: Friday 9 to Tuesday 13 February), sorted.
        List<DayOff> year = LAW.of(2024);
        assertThat(year).hasSize(13);
        assertThat(year).extracting(DayOff::day).isSorted();
        assertThat(daysOf(2024, HolidayKind.COMPENSATORY)).containsExactly(LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 15));
    }

    @Test
    void theDecisionsDefaultsAreData() {
        PublicHolidays tetFromTwoDaysBefore = new PublicHolidays(new PublicHolidays.Rules(2, java.util.Set.of()));
        assertThat(tetFromTwoDaysBefore.of(2026).stream().filter(d -> d.kind() == HolidayKind.LUNAR).map(DayOff::day).toList())
                .startsWith(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17));
        // No weekday followed: 2 September 2024 (a Monday) then takes Sunday 1 September, made up on Tuesday 3.
        assertThat(tetFromTwoDaysBefore.of(2024).stream().filter(d -> d.day().getMonthValue() == 9).map(DayOff::day).toList())
                .containsExactly(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3));
    }

    @Test
    void everyYearFrom1900To2100AndNoOther() {
        for (int year = 1900; year <= 2100; year++) {
            List<DayOff> days = LAW.of(year);
            int y = year;
            assertThat(days).as("%d", year).allSatisfy(d -> assertThat(d.day().getYear()).isEqualTo(y));
            // Art. 112(1) gives eleven days, and Art. 111(3) makes up those on a weekend: eleven weekdays off, always
            // (a holiday on the same day as another, the Hùng Kings' day on 30 April 1947, is made up too).
            assertThat(days.stream().filter(d -> d.day().getDayOfWeek().getValue() <= 5)).as("%d", year).hasSize(11);
            assertThat(days).extracting(DayOff::day).as("%d", year).doesNotHaveDuplicates();
        }
        assertThatThrownBy(() -> LAW.of(1899)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LAW.of(2101)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<LocalDate> daysOf(int year, HolidayKind kind) {
        return LAW.of(year).stream().filter(d -> d.kind() == kind).map(DayOff::day).toList();
    }

    private static List<Integer> septemberDaysOff(int year) {
        return LAW.of(year).stream().map(DayOff::day).filter(d -> d.getMonthValue() == 9).map(LocalDate::getDayOfMonth).toList();
    }

    /** China's new year by ICU's Chinese calendar as it comes (UTC+8). */
    private static LocalDate chineseNewYear(int year) {
        ChineseCalendar calendar = new ChineseCalendar();
        calendar.clear();
        calendar.set(ChineseCalendar.EXTENDED_YEAR, year);
        calendar.set(ChineseCalendar.MONTH, 0);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(ChineseCalendar.DAY_OF_MONTH, 1);
        return LocalDate.ofEpochDay(calendar.get(ChineseCalendar.JULIAN_DAY) - 2_440_588L);
    }
}
