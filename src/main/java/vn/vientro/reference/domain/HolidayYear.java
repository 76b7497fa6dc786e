package vn.vientro.reference.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The days off of one year: the computed holidays ({@link PublicHolidays}) with the government's decisions the
 * administrator entered ({@link Holiday}) laid over them. An entered day wins over a computed one on the same day:
 * it is off with its own name, or, if entered as worked, a working day even when the law's default or the weekend
 * would make it a day off (a swapped working day).
 */
public final class HolidayYear {

    /** Where a day comes from: the rules of the law, or a decision entered by the administrator. */
    public enum Source { COMPUTED, ENTERED }

    /** One day of the list; {@code id} is the entered record's, {@code dayOff} false for a day decided to be worked. */
    public record Entry(LocalDate day, HolidayKind kind, String nameVi, String nameEn, Source source, boolean dayOff,
                        Long id) {
    }

    private final List<Entry> entries;
    private final Set<LocalDate> off = new HashSet<>();
    private final Set<LocalDate> worked = new HashSet<>();

    private HolidayYear(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        entries.forEach(e -> (e.dayOff() ? off : worked).add(e.day()));
    }

    /** {@code entered}: the decisions of the same year. */
    public static HolidayYear of(List<DayOff> computed, List<Holiday> entered) {
        Map<LocalDate, Holiday> decided = entered.stream().collect(Collectors.toMap(h -> h.day, Function.identity()));
        List<Entry> entries = new ArrayList<>();
        computed.stream().filter(d -> !decided.containsKey(d.day()))
                .forEach(d -> entries.add(new Entry(d.day(), d.kind(), d.nameVi(), d.nameEn(), Source.COMPUTED, true, null)));
        decided.values().forEach(h -> entries.add(new Entry(h.day, HolidayKind.DECIDED, h.nameVi, h.nameEn,
                Source.ENTERED, h.dayOff, h.id)));
        entries.sort(Comparator.comparing(Entry::day));
        return new HolidayYear(entries);
    }

    /** The year's days off and its days decided to be worked, by day. */
    public List<Entry> entries() {
        return entries;
    }

    /** Monday to Friday unless a day off; Saturday and Sunday only when decided to be worked. */
    public boolean isWorkingDay(LocalDate day) {
        if (worked.contains(day)) {
            return true;
        }
        return !off.contains(day) && !PublicHolidays.isWeekend(day);
    }
}
