package vn.vientro.reference.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.vientro.common.CacheVersions;
import vn.vientro.reference.domain.DayOff;
import vn.vientro.reference.domain.Holiday;
import vn.vientro.reference.domain.HolidayYear;
import vn.vientro.reference.domain.PublicHolidays;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The days off of any year: the holidays the law gives ({@link PublicHolidays}, computed once per year) with the
 * decisions entered in the {@code holiday} table over them. Outside 1900–2100 only the entered days count.
 */
@ApplicationScoped
public class HolidayCalendar {

    @Inject
    EntityManager em;

    @Inject
    CacheVersions versions;

    @Inject
    HolidaySettings settings;

    private PublicHolidays law;

    private final Map<Integer, List<DayOff>> computed = new ConcurrentHashMap<>();

    /**
     * The entered decisions (a few rows a year) as of a version of the {@code holidays} cache, and the years built
     * from them: read again whenever the version moved, on whichever node the change was made, so two nodes never
     * count working days with different holidays for longer than {@code vientro.cache.check-interval}.
     */
    private record Decisions(long version, Map<Integer, List<Holiday>> byYear, Map<Integer, HolidayYear> years) {
    }

    private volatile Decisions decisions;

    @PostConstruct
    void readRules() {
        law = new PublicHolidays(new PublicHolidays.Rules(settings.tetDaysBeforeNewYear(), settings.nationalDayFollowedOn()));
    }

    /** The days off (and the days decided to be worked) of {@code year}. */
    public HolidayYear year(int year) {
        Decisions known = decisions();
        return known.years().computeIfAbsent(year, y -> HolidayYear.of(computed(y), known.byYear().getOrDefault(y, List.of())));
    }

    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
    }

    private List<DayOff> computed(int year) {
        if (!PublicHolidays.covers(year)) {
            return List.of();
        }
        return computed.computeIfAbsent(year, law::of);
    }

    private Decisions decisions() {
        long version = versions.current(CacheVersions.HOLIDAYS);
        Decisions known = decisions;
        if (known == null || known.version() != version) {
            // Copies, not the entities: an administrator's transaction may hold the same rows managed.
            List<Object[]> rows = em.createQuery("select h.id, h.day, h.nameVi, h.nameEn, h.dayOff from Holiday h",
                    Object[].class).getResultList();
            Map<Integer, List<Holiday>> byYear = rows.stream().map(HolidayCalendar::decision)
                    .collect(Collectors.groupingBy(h -> h.day.getYear()));
            known = new Decisions(version, byYear, new ConcurrentHashMap<>());
            decisions = known;
        }
        return known;
    }

    private static Holiday decision(Object[] row) {
        Holiday holiday = new Holiday();
        holiday.id = (Long) row[0];
        holiday.day = (LocalDate) row[1];
        holiday.nameVi = (String) row[2];
        holiday.nameEn = (String) row[3];
        holiday.dayOff = (Boolean) row[4];
        return holiday;
    }

    /** Runs in the administrator's transaction, so the new version commits with the decision. */
    void holidaysChanged(@Observes ReferenceDataChanged event) {
        if (event.type() == Holiday.class) {
            versions.bump(CacheVersions.HOLIDAYS);
        }
    }
}
