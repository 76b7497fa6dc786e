package vn.vientro.project;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** A change to an approved project's amount or end goes through the approver and is kept as its own entry. */
@QuarkusTest
class AmendmentTest {

    private static long approvedProject(String title, String start, String end, String decisionDate, double amount) {
        Map<String, Object> body = proposal("PROJECT", title);
        body.put("plannedStart", start);
        body.put("plannedEnd", end);
        body.put("committedAmount", amount);
        return vn.vientro.support.Api.approvedProject(body, decisionDate);
    }

    private static double committedIn(int year) throws IOException {
        byte[] bytes = as(LEADERSHIP).get("/api/reports/annual/" + year).then().statusCode(200).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet summary = wb.getSheet("Tổng hợp");
            for (Row row : summary) {
                if (row.getCell(0) != null && "Giá trị cam kết (USD)".equals(row.getCell(0).getStringCellValue())) {
                    return row.getCell(1).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no committed row");
    }

    @Test
    void anApprovedAmendmentChangesTheProjectAndCountsInItsOwnYear() throws IOException {
        long id = approvedProject("Dự án điều chỉnh 2018", "2018-01-01", "2019-06-30", "2018-03-01", 100_000);
        as(OFFICER).body(Map.of("newAmount", 150_000, "newPlannedEnd", "2020-06-30", "reason", "Nhà tài trợ tăng vốn"))
                .post("/api/projects/" + id + "/amendments").then().statusCode(201).body("status", equalTo("REQUESTED"));
        as(OFFICER).body(Map.of("newAmount", 1, "reason", "lần hai")).post("/api/projects/" + id + "/amendments")
                .then().statusCode(409);
        submittedOn(id, java.time.LocalDate.of(2019, 3, 1));   // requested back then, entered now
        complete(id, "approveAmendment", APPROVER, "approve", Map.of("decisionNumber", "77/QĐ-UBND", "decisionDate", "2019-03-01"));

        JsonAssert.project(id, 150_000.0f, "2020-06-30");
        as(APPRAISER).get("/api/projects/" + id + "/amendments").then().statusCode(200)
                .body("[0].status", equalTo("APPROVED")).body("[0].previousAmount", equalTo(100_000.0f))
                .body("[0].newAmount", equalTo(150_000.0f)).body("[0].decisionDate", equalTo("2019-03-01"));
        List<String> trail = as(ADMIN).get("/api/proposals/" + id + "/timeline").then().extract().path("type");
        assertThat(trail).contains("AMENDMENT_REQUESTED", "AMENDMENT_APPROVED");

        assertThat(committedIn(2018)).isEqualTo(100_000.0);
        assertThat(committedIn(2019)).isEqualTo(50_000.0);

        byte[] period = as(LEADERSHIP).queryParam("from", 2018).queryParam("to", 2019).get("/api/reports/period").then()
                .statusCode(200).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(period))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(100_000.0);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(50_000.0);
        }
    }

    @Test
    void whoeverRequestedAnAmendmentMayNotApproveIt() {
        vn.vientro.support.Fixtures.user("kiemnhiem.dc", "officer,approver", "KIEMNHIEM-DC", "officer,approver");
        long id = approvedProject("Dự án điều chỉnh tự duyệt", "2026-01-01", "2027-12-31",
                today().toString(), 60_000);
        as("kiemnhiem.dc").body(Map.of("newAmount", 90_000, "reason", "Tự đề nghị"))
                .post("/api/projects/" + id + "/amendments").then().statusCode(201);
        completeTask(task(id, "approveAmendment", "kiemnhiem.dc"), "kiemnhiem.dc", "approve",
                Map.of("decisionNumber", "1/QĐ", "decisionDate", today().toString())).then().statusCode(403);
        completeTask(task(id, "approveAmendment", APPROVER), APPROVER, "approve",
                Map.of("decisionNumber", "x".repeat(61), "decisionDate", today().toString()))
                .then().statusCode(400).body("violations[0].field", equalTo("fields.decisionNumber"));
        complete(id, "approveAmendment", APPROVER, "approve",
                Map.of("decisionNumber", "2/QĐ", "decisionDate", today().toString()));
        JsonAssert.project(id, 90_000.0f, "2027-12-31");
    }

    @Test
    void aRejectedAmendmentLeavesTheProjectAsItWas() {
        long id = approvedProject("Dự án điều chỉnh bị từ chối", "2026-01-01", "2027-12-31",
                today().toString(), 80_000);
        as(OFFICER).body(Map.of("newPlannedEnd", "2028-12-31", "reason", "Chậm tiến độ"))
                .post("/api/projects/" + id + "/amendments").then().statusCode(201);
        complete(id, "approveAmendment", APPROVER, "reject", Map.of("rejectionReason", "Chưa đủ căn cứ"));
        JsonAssert.project(id, 80_000.0f, "2027-12-31");
        as(OFFICER).get("/api/projects/" + id + "/amendments").then().body("[0].status", equalTo("REJECTED"))
                .body("[0].rejectionReason", equalTo("Chưa đủ căn cứ"));
    }

    @Test
    void onlyApprovedProjectsWithARealChange() {
        long pending = submitted("PROJECT", "Đề xuất chưa phê duyệt để điều chỉnh");
        as(OFFICER).body(Map.of("newAmount", 10, "reason", "x")).post("/api/projects/" + pending + "/amendments")
                .then().statusCode(409);
        as(APPRAISER).get("/api/projects/" + pending + "/amendments").then().statusCode(404);
        as(APPRAISER).get("/api/projects/" + pending + "/disbursements").then().statusCode(409);
        long id = approvedProject("Dự án điều chỉnh không thay đổi", "2026-01-01", "2027-12-31",
                today().toString(), 80_000);
        as(OFFICER).body(Map.of("reason", "không đổi gì")).post("/api/projects/" + id + "/amendments").then().statusCode(400);
        as(OFFICER).body(Map.of("newAmount", -5, "reason", "âm")).post("/api/projects/" + id + "/amendments").then().statusCode(400);
        as(OFFICER).body(Map.of("newPlannedEnd", "2020-01-01", "reason", "sai")).post("/api/projects/" + id + "/amendments")
                .then().statusCode(400).body("violations[0].field", equalTo("newPlannedEnd"));
        as(LEADERSHIP).body(Map.of("newAmount", 10, "reason", "x")).post("/api/projects/" + id + "/amendments")
                .then().statusCode(403);
    }

    /** The project as the proposal API shows it. */
    static final class JsonAssert {
        static void project(long id, float amount, String plannedEnd) {
            as(ADMIN).get("/api/proposals/" + id).then().statusCode(200).body("committedAmount", equalTo(amount))
                    .body("plannedEnd", equalTo(plannedEnd));
        }
    }
}
