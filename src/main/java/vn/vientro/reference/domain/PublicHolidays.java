package vn.vientro.reference.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public holidays of the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14) for any year from 1900 to 2100, as
 * the law sets them when the government has decided nothing else:
 * <ul>
 *   <li>Art. 112(1): 1 January; Tết, five days; 30 April; 1 May; 2 September and one day next to it; the Hùng Kings'
 *       day, 10th day of the 3rd lunar month. Art. 112(3) leaves the Tết days and the day next to 2 September to the
 *       Prime Minister each year; {@link Rules} holds what is assumed until the decision is entered.</li>
 *   <li>Art. 111(3): a holiday on a weekly rest day (Saturday or Sunday in public offices) is made up on the next
 *       working day, one compensatory day per holiday, in the order of the holidays.</li>
 * </ul>
 * Lunar dates are from {@link VietnameseLunarCalendar}. Pure: no database, no engine.
 */
public final class PublicHolidays {

    /**
     * What the law leaves to the yearly decision, as assumed until it is entered.
     *
     * @param tetDaysBeforeNewYear    how many of the five Tết days come before the first day of the lunar year
     *                                (1: from the last day of the 12th month, "30 Tết" or "29 Tết", to the 4th day)
     * @param nationalDayFollowedOn   the weekdays of 2 September on which the second National Day holiday is the day
     *                                after (3 September); on the others it is the day before (1 September)
     */
    public record Rules(int tetDaysBeforeNewYear, Set<DayOfWeek> nationalDayFollowedOn) {

        /**
         * The decisions of 2021–2025 put the second day where the break joins the weekend: after a Monday (2024) or
         * a Thursday (2021), before a Tuesday (2025), a Friday (2022) or a Saturday (2023).
         */
        public static final Rules DEFAULT = new Rules(1, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));

        public Rules {
            if (tetDaysBeforeNewYear < 0 || tetDaysBeforeNewYear > TET_DAYS) {
                throw new IllegalArgumentException("tetDaysBeforeNewYear must be 0–" + TET_DAYS);
            }
            nationalDayFollowedOn = Set.copyOf(nationalDayFollowedOn);
        }
    }

    private static final int TET_DAYS = 5;

    private final Rules rules;

    public PublicHolidays(Rules rules) {
        this.rules = rules;
    }

    /** Whether {@link #of} answers for {@code year}. */
    public static boolean covers(int year) {
        return year >= VietnameseLunarCalendar.FIRST_YEAR && year <= VietnameseLunarCalendar.LAST_YEAR;
    }

    /** The holidays of {@code year} and their compensatory days, sorted by day. */
    public List<DayOff> of(int year) {
        if (!covers(year)) {
            throw new IllegalArgumentException("year " + year + " outside " + VietnameseLunarCalendar.FIRST_YEAR + "–"
                    + VietnameseLunarCalendar.LAST_YEAR);
        }
        List<DayOff> holidays = new ArrayList<>();
        holidays.add(fixed(LocalDate.of(year, 1, 1), "Tết Dương lịch", "New Year's Day"));
        LocalDate newYear = VietnameseLunarCalendar.newYear(year);
        for (int i = 0; i < TET_DAYS; i++) {
            int offset = i - rules.tetDaysBeforeNewYear();
            holidays.add(new DayOff(newYear.plusDays(offset), HolidayKind.LUNAR,
                    offset < 0 ? "Tết Âm lịch (cuối năm cũ)" : "Tết Âm lịch (mùng " + (offset + 1) + ")",
                    offset < 0 ? "Lunar New Year (end of the old year)" : "Lunar New Year (day " + (offset + 1) + ")"));
        }
        holidays.add(new DayOff(VietnameseLunarCalendar.toSolar(year, 3, 10), HolidayKind.LUNAR,
                "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration Day"));
        holidays.add(fixed(LocalDate.of(year, 4, 30), "Ngày Chiến thắng", "Reunification Day"));
        holidays.add(fixed(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động", "International Labour Day"));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        holidays.add(fixed(nationalDay, "Quốc khánh", "National Day"));
        holidays.add(fixed(rules.nationalDayFollowedOn().contains(nationalDay.getDayOfWeek())
                ? nationalDay.plusDays(1) : nationalDay.minusDays(1), "Quốc khánh (ngày liền kề)", "National Day (adjacent day)"));
        holidays.sort(Comparator.comparing(DayOff::day));
        return withCompensatoryDays(holidays);
    }

    private static DayOff fixed(LocalDate day, String nameVi, String nameEn) {
        return new DayOff(day, HolidayKind.FIXED, nameVi, nameEn);
    }

    /**
     * Each holiday on a Saturday or Sunday gets the first later weekday that is neither a holiday nor already taken;
     * so does a holiday on the same day as an earlier one (the Hùng Kings' day on 30 April, as in 1947, the only such
     * year from 1900 to 2100), which the law does not settle: read like Art. 111(3), no holiday is lost.
     */
    private static List<DayOff> withCompensatoryDays(List<DayOff> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        List<DayOff> all = new ArrayList<>();
        List<DayOff> toMakeUp = new ArrayList<>();
        for (DayOff holiday : holidays) {
            if (taken.add(holiday.day())) {
                all.add(holiday);
                if (isWeekend(holiday.day())) {
                    toMakeUp.add(holiday);
                }
            } else {
                toMakeUp.add(holiday);
            }
        }
        toMakeUp.sort(Comparator.comparing(DayOff::day));
        for (DayOff holiday : toMakeUp) {
            LocalDate day = holiday.day().plusDays(1);
            while (isWeekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            all.add(new DayOff(day, HolidayKind.COMPENSATORY, "Nghỉ bù " + holiday.nameVi(),
                    "Compensatory day off for " + holiday.nameEn()));
        }
        all.sort(Comparator.comparing(DayOff::day));
        return List.copyOf(all);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
