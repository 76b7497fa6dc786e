package vn.vientro.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.vientro.support.Api.ADMIN;
import static vn.vientro.support.Api.as;

/**
 * The days the deadline tests of the application run on, by a fixed {@link TestClock}: the end of August 2031 and
 * Vietnam's National Day. After Thursday 28 and Friday 29 August come the weekend and the holidays of Monday 1 and
 * Tuesday 2 September, so the working days are Thu 28, Fri 29 Aug, Wed 3, Thu 4, Fri 5, Mon 8 ... Sep, and a
 * deadline of n working days falls at 17:00 ({@link TestClock#closeOf}) on the n-th working day after its start.
 * <p>
 * The two days are computed holidays (2 September and, on a Tuesday, the day before); {@link #holidays()} checks that
 * the API lists them and adds whichever it lacks for as long as a test needs them. The demo NGOs' certificates end a
 * few years on: {@link #proposal} is from an NGO whose certificate covers 2031.
 */
public final class NationalDay2031 {

    public static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2031, 9, 1), LocalDate.of(2031, 9, 2));
    private static final String NGO = "Deadline Test Foundation";

    private NationalDay2031() {
    }

    /** The holidays {@link #holidays()} added; closing removes them, so no other test counts with them. */
    public interface Added extends AutoCloseable {
        @Override
        void close();
    }

    /** Adds whichever of the two holidays the days off of 2031 lack, as an administrator would. */
    public static Added holidays() {
        Set<LocalDate> listed = DaysOff.ofYears(HOLIDAYS.get(0), HOLIDAYS.get(1));
        List<Integer> added = new ArrayList<>();
        for (LocalDate day : HOLIDAYS) {
            if (!listed.contains(day)) {
                added.add(as(ADMIN).body(Map.of("day", day.toString(), "nameVi", "Quốc khánh (thử thời hạn)",
                        "nameEn", "National Day (deadline tests)")).post("/api/holidays").then().statusCode(201)
                        .extract().path("id"));
            }
        }
        return () -> added.forEach(id -> as(ADMIN).delete("/api/holidays/" + id).then().statusCode(204));
    }

    /** A valid proposal body from an NGO registered from 2030 to 2035, created the first time. */
    public static Map<String, Object> proposal(String kind, String titleVi) {
        Map<String, Object> body = Api.proposal(kind, titleVi);
        body.put("ngoId", ngoId());
        return body;
    }

    private static synchronized long ngoId() {
        List<Map<String, Object>> ngos = as(ADMIN).get("/api/ngos").then().statusCode(200).extract().path("$");
        if (ngos.stream().noneMatch(n -> NGO.equals(n.get("name")))) {
            as(ADMIN).body(Map.of("name", NGO, "nameVi", "Quỹ thử nghiệm thời hạn", "country", "DE",
                    "certKind", "OPERATION", "certNumber", "31/BNG-HĐ", "certIssuer", "Bộ Ngoại giao",
                    "certValidFrom", "2030-01-01", "certValidTo", "2035-12-31")).post("/api/ngos").then().statusCode(201);
        }
        return Api.ngoId(NGO);
    }
}
