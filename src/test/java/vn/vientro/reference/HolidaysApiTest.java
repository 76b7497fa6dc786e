package vn.vientro.reference;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.vientro.reference.service.WorkingDayCalendar;
import vn.vientro.support.TestClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/**
 * {@code GET /api/holidays?year=}: the computed days off of any year with the entered decisions over them, and the
 * due dates counted with both. The expected days are counted by hand from a calendar of 2023.
 */
@QuarkusTest
class HolidaysApiTest {

    @Inject
    WorkingDayCalendar calendar;

    @Test
    void everyRoleReadsTheDaysOffOfAYear() {
        for (String user : List.of(OFFICER, APPRAISER, ADMIN)) {
            as(user).queryParam("year", 2023).get("/api/holidays").then().statusCode(200)
                    // Tết 2023: Sunday 22 January; its Saturday 21 and Sunday 22 made up on Thursday 26 and Friday 27
                    .body("find { it.day == '2023-01-22' }.kind", equalTo("LUNAR"))
                    .body("find { it.day == '2023-01-22' }.source", equalTo("COMPUTED"))
                    .body("find { it.day == '2023-01-27' }.kind", equalTo("COMPENSATORY"))
                    .body("find { it.day == '2023-01-01' }.kind", equalTo("FIXED"))
                    .body("find { it.day == '2023-01-01' }.nameVi", equalTo("Tết Dương lịch"))
                    .body("find { it.day == '2023-01-01' }.nameEn", equalTo("New Year's Day"))
                    // the Hùng Kings' day on Saturday 29 April and 30 April on Sunday, made up on 2 and 3 May
                    .body("find { it.day == '2023-04-29' }.kind", equalTo("LUNAR"))
                    .body("findAll { it.kind == 'COMPENSATORY' }.day",
                            contains("2023-01-02", "2023-01-26", "2023-01-27", "2023-05-02", "2023-05-03", "2023-09-04"));
        }
        List<String> days = as(OFFICER).queryParam("year", 2023).get("/api/holidays").then().extract().path("day");
        assertThat(days).isSorted().doesNotHaveDuplicates().hasSize(17);
    }

    @Test
    void anEnteredDecisionWinsOverTheComputedDays() {
        // The decision for Tết 2023: Friday 20 (29 Tết) to Thursday 26 January off; Friday 27, a computed compensatory
        // day, worked. From Thursday 19 January, one working day is Friday 20 by the law's default, Friday 27 by it.
        java.time.Instant thursday = LocalDate.of(2023, 1, 19).atTime(9, 0).atZone(TestClock.PROVINCE).toInstant();
        assertThat(calendar.dueAfter(thursday, 1)).isEqualTo(closeOf(LocalDate.of(2023, 1, 20)));
        int off = as(ADMIN).body(Map.of("day", "2023-01-20", "nameVi", "Nghỉ Tết Âm lịch (29 Tết)",
                "nameEn", "Lunar New Year (29th)")).post("/api/holidays").then().statusCode(201).body("dayOff", is(true))
                .extract().path("id");
        int worked = as(ADMIN).body(Map.of("day", "2023-01-27", "nameVi", "Đi làm (Tết nghỉ đến 26/1)", "dayOff", false))
                .post("/api/holidays").then().statusCode(201).extract().path("id");
        try {
            as(OFFICER).queryParam("year", 2023).get("/api/holidays").then().statusCode(200)
                    .body("find { it.day == '2023-01-20' }.kind", equalTo("DECIDED"))
                    .body("find { it.day == '2023-01-20' }.source", equalTo("ENTERED"))
                    .body("find { it.day == '2023-01-20' }.nameVi", equalTo("Nghỉ Tết Âm lịch (29 Tết)"))
                    .body("find { it.day == '2023-01-27' }.kind", equalTo("DECIDED"))
                    .body("find { it.day == '2023-01-27' }.dayOff", is(false))
                    .body("findAll { it.day == '2023-01-27' }", hasSize(1))
                    .body("find { it.day == '2023-01-26' }.kind", equalTo("COMPENSATORY"));
            as(OFFICER).get("/api/holidays/entered").then().statusCode(200).body("day", hasItems("2023-01-20", "2023-01-27"));
            // Friday 20 off, the weekend, Monday 23 to Thursday 26 off: Friday 27 is the first working day after.
            assertThat(calendar.dueAfter(thursday, 1)).isEqualTo(closeOf(LocalDate.of(2023, 1, 27)));
            assertThat(calendar.dueAfter(thursday, 2)).isEqualTo(closeOf(LocalDate.of(2023, 1, 30)));
        } finally {
            as(ADMIN).delete("/api/holidays/" + off).then().statusCode(204);
            as(ADMIN).delete("/api/holidays/" + worked).then().statusCode(204);
        }
        assertThat(calendar.dueAfter(thursday, 1)).isEqualTo(closeOf(LocalDate.of(2023, 1, 20)));
    }

    @Test
    void theYearIsRequiredAndWithin1900To2100() {
        for (String year : List.of("1899", "2101", "-5")) {
            as(OFFICER).queryParam("year", year).get("/api/holidays").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", endsWith("year"));
        }
        as(OFFICER).get("/api/holidays").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", endsWith("year"));
        as(OFFICER).queryParam("year", "zwei").get("/api/holidays").then().statusCode(400)
                .contentType("application/problem+json");
        as(OFFICER).queryParam("year", 1900).get("/api/holidays").then().statusCode(200).body("day", hasItem("1900-01-31"));   // Chinese New Year 1900, when Vietnam reckoned at UTC+8 too
        as(OFFICER).queryParam("year", 2100).get("/api/holidays").then().statusCode(200).body("day", hasItem("2100-09-02"));
    }

    @Test
    void signingInIsRequired() {
        given().queryParam("year", 2026).get("/api/holidays").then().statusCode(401);
        given().get("/api/holidays/entered").then().statusCode(401);
    }

    private static java.time.Instant closeOf(LocalDate day) {
        return day.atTime(17, 0).atZone(TestClock.PROVINCE).toInstant();
    }
}
