package vn.vientro.support;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.vientro.support.Api.ADMIN;
import static vn.vientro.support.Api.as;

/** The days off {@code GET /api/holidays?year=} lists, for tests that count working days by hand. */
public final class DaysOff {

    private DaysOff() {
    }

    /** The days off of the years from {@code from} to {@code to} (the days decided to be worked left out). */
    public static Set<LocalDate> ofYears(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            List<Map<String, Object>> listed = as(ADMIN).queryParam("year", year).get("/api/holidays").then()
                    .statusCode(200).extract().path("$");
            listed.stream().filter(d -> Boolean.TRUE.equals(d.get("dayOff")))
                    .forEach(d -> days.add(LocalDate.parse((String) d.get("day"))));
        }
        return days;
    }
}
