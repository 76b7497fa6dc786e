package vn.vientro.reference;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vientro.reference.service.WorkingDayCalendar;
import vn.vientro.support.TestClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** Reference data through the admin API: validation, versions, references in use, and the holiday calendar. */
@QuarkusTest
class ReferenceDataTest {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    TestClock clock;

    @AfterEach
    void systemClock() {
        clock.reset();
    }

    private Map<String, Object> ngo(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("nameVi", "Tổ chức " + name);
        body.put("country", "JP");
        body.put("certKind", "PROJECT_OFFICE");
        body.put("certNumber", "99/BNG-PCPNN");
        body.put("certIssuer", "Bộ Ngoại giao");
        body.put("certValidFrom", "2025-01-01");
        body.put("certValidTo", "2030-12-31");
        return body;
    }

    @Test
    void ngosAreValidatedAndVersioned() {
        as(ADMIN).body(Map.of("name", "Thiếu trường")).post("/api/ngos").then().statusCode(400)
                .body("violations.field", hasItems(endsWith("country"), endsWith("certNumber")));
        Map<String, Object> bad = ngo("Sai quốc gia");
        bad.put("country", "Japan");
        as(ADMIN).body(bad).post("/api/ngos").then().statusCode(400).body("violations[0].field", endsWith("country"));
        Map<String, Object> backwards = ngo("Ngược ngày");
        backwards.put("certValidTo", "2024-01-01");
        as(ADMIN).body(backwards).post("/api/ngos").then().statusCode(400);

        int id = as(ADMIN).body(ngo("JICA Partners")).post("/api/ngos").then().statusCode(201)
                .body("version", equalTo(0)).extract().path("id");
        Map<String, Object> update = ngo("JICA Partners");
        update.put("contactEmail", "vietnam@example.jp");
        update.put("version", 0);
        as(ADMIN).body(update).put("/api/ngos/" + id).then().statusCode(200).body("version", equalTo(1));
        as(ADMIN).body(update).put("/api/ngos/" + id).then().statusCode(409);
        as(ADMIN).delete("/api/ngos/" + id).then().statusCode(204);
        as(ADMIN).get("/api/ngos/" + id).then().statusCode(404);
    }

    @Test
    void referenceDataInUseCannotBeDeletedAndCodesAreUnique() {
        int health = as(ADMIN).get("/api/sectors").then().statusCode(200).extract()
                .path("find { it.code == 'HEALTH' }.id");
        submitted("PROJECT", "Đề xuất giữ lĩnh vực Y tế");
        as(ADMIN).delete("/api/sectors/" + health).then().statusCode(409);
        as(ADMIN).body(Map.of("code", "HEALTH", "crsCode", "12220", "nameVi", "Y tế", "nameEn", "Health"))
                .post("/api/sectors").then().statusCode(409);
        as(ADMIN).body(Map.of("code", "WATER", "crsCode", "140", "nameVi", "Nước", "nameEn", "Water"))
                .post("/api/sectors").then().statusCode(400).body("violations[0].field", endsWith("crsCode"));
    }

    @Test
    void anOrgUnitsEnglishNameLongerThanItsColumnIsABadRequest() {
        as(ADMIN).body(Map.of("code", "DAI-TEN", "nameVi", "Sở có tên dài", "nameEn", "E".repeat(301), "workflowRoles", "",
                "validFrom", "2025-07-01")).post("/api/org-units").then().statusCode(400)
                .body("violations[0].field", endsWith("nameEn")).body("violations[0].code", equalTo("length"));
        as(ADMIN).get("/api/org-units").then().statusCode(200).body("findAll { it.code == 'DAI-TEN' }", empty());
    }

    @Test
    void administrativeUnitsReferToTheirParentByCode() {
        as(ADMIN).body(Map.of("code", "TN-PHUOCVINH", "name", "Xã Phước Vinh", "level", "COMMUNE", "parentCode", "TN",
                "validFrom", "2025-07-01")).post("/api/admin-units").then().statusCode(201).body("parentCode", equalTo("TN"));
        as(ADMIN).body(Map.of("code", "TN-X", "name", "Xã X", "level", "COMMUNE", "parentCode", "KHONG-CO",
                "validFrom", "2025-07-01")).post("/api/admin-units").then().statusCode(400)
                .body("violations[0].field", equalTo("parentCode"));
    }

    @Test
    void aNewHolidayMovesDeadlinesAtOnce() {
        // Monday 4 March 2030, 9:00 in the province: tomorrow is an ordinary Tuesday, which becomes a holiday.
        clock.set(LocalDateTime.of(2030, 3, 4, 9, 0));
        LocalDate tuesday = LocalDate.of(2030, 3, 5);
        List<String> existing = as(ADMIN).queryParam("year", 2030).get("/api/holidays").then().extract().path("day");
        assertThat(existing).doesNotContain(tuesday.toString(), "2030-03-06");
        Instant before = calendar.dueIn(1);
        assertThat(before).isEqualTo(tuesday.atTime(17, 0).atZone(TestClock.PROVINCE).toInstant());
        int id = as(ADMIN).body(Map.of("day", tuesday.toString(), "nameVi", "Nghỉ bù", "nameEn", "Day in lieu"))
                .post("/api/holidays").then().statusCode(201).extract().path("id");
        try {
            assertThat(calendar.dueIn(1)).isEqualTo(tuesday.plusDays(1).atTime(17, 0).atZone(TestClock.PROVINCE).toInstant());
            as(OFFICER).body(Map.of("day", tuesday.toString(), "nameVi", "x")).post("/api/holidays").then().statusCode(403);
        } finally {
            as(ADMIN).delete("/api/holidays/" + id).then().statusCode(204);
        }
        assertThat(calendar.dueIn(1)).isEqualTo(before);
    }
}
