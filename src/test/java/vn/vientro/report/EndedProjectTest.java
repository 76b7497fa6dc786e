package vn.vientro.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import vn.vientro.project.service.ProjectLifecycle;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/**
 * A revoked or closed project is still a project: read in the lists and its ledger, counted in every figure of the
 * dashboard and the annual workbook exactly as before it ended (and as the raw rows give them, {@link RawRecords}),
 * but closed to new disbursements and amendments; only the administrator may still reverse an entry made in error.
 */
@QuarkusTest
class EndedProjectTest {

    @Inject
    ProjectLifecycle lifecycle;

    private static Map<String, Object> disbursement(double amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", today().toString());
        body.put("amount", amount);
        body.put("currency", "USD");
        body.put("reference", "Đợt 1");
        return body;
    }

    /** The workbook's Summary sheet as label → value, and its Projects sheet's titles. */
    private static Map<String, Object> workbookFigures(int year) throws IOException {
        Map<String, Object> figures = new HashMap<>();
        try (Workbook wb = DashboardTest.workbook(year, "en")) {
            for (Row row : DashboardTest.rows(wb.getSheet("Summary"), 1)) {
                figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).toString());
            }
            var projects = wb.getSheet("Projects");
            for (int r = 0; r <= projects.getLastRowNum(); r++) {
                Row row = projects.getRow(r);
                if (row != null && row.getCell(1) != null) {
                    figures.put("project:" + row.getCell(1).toString(), r);
                }
            }
        }
        return figures;
    }

    @Test
    void aRevokedProjectKeepsItsFiguresEverywhereAndTakesNothingNew() throws IOException, SQLException {
        String title = "Aid never started " + System.nanoTime();
        Map<String, Object> body = proposal("PROJECT", "Dự án không triển khai");
        body.put("titleEn", title);
        long id = approvedProject(body, today().toString());
        as(OFFICER).body(disbursement(2000)).post("/api/projects/" + id + "/disbursements").then().statusCode(201);
        int entry = as(OFFICER).get("/api/projects/" + id + "/disbursements").then().extract().path("entries[0].id");
        int year = today().getYear();
        Map<String, Object> dashboardBefore = DashboardTest.dashboard(year, "en").getMap("summary");
        Map<String, Object> workbookBefore = workbookFigures(year);
        assertThat(workbookBefore).containsKey("project:" + title);

        lifecycle.revoke(id, "123/QĐ-UBND", today(), "Chưa triển khai sau 6 tháng, không có lý do chính đáng", APPROVER);

        JsonPath view = proposalOf(id);
        assertThat(view.getString("status")).isEqualTo("REVOKED");
        assertThat(view.getString("project.revocation.number")).isEqualTo("123/QĐ-UBND");
        JsonPath after = DashboardTest.dashboard(year, "en");
        assertThat(after.getMap("summary")).isEqualTo(dashboardBefore);
        assertThat(workbookFigures(year)).isEqualTo(workbookBefore);
        try (RawRecords raw = new RawRecords()) {
            DashboardTest.sameAsRaw(after, raw, year);
        }

        // listed among the projects, with its status, and its ledger still read
        List<Integer> revoked = as(LEADERSHIP).queryParam("project", true).queryParam("status", "REVOKED")
                .queryParam("q", title).get("/api/proposals").then().statusCode(200).extract().path("items.id");
        assertThat(revoked).containsExactly((int) id);
        List<Integer> projects = as(LEADERSHIP).queryParam("project", true).queryParam("q", title).get("/api/proposals")
                .then().statusCode(200).extract().path("items.id");
        assertThat(projects).containsExactly((int) id);
        as(LEADERSHIP).get("/api/projects/" + id + "/disbursements").then().statusCode(200)
                .body("disbursedByCurrency.USD", equalTo(2000.0f));
        as(LEADERSHIP).get("/api/projects/" + id + "/amendments").then().statusCode(200);

        // nothing new: no disbursement, no amendment, no second revocation
        as(OFFICER).body(disbursement(10)).post("/api/projects/" + id + "/disbursements").then().statusCode(409)
                .body("code", equalTo("project-revoked")).body("values.date", equalTo(today().toString()));
        as(OFFICER).body(Map.of("newAmount", 1000, "reason", "Tăng vốn")).post("/api/projects/" + id + "/amendments")
                .then().statusCode(409).body("code", equalTo("project-revoked"));

        // an entry made in error: the officer may no longer reverse it, the administrator may (audited)
        as(OFFICER).body(Map.of("reason", "Nhập nhầm")).post("/api/projects/" + id + "/disbursements/" + entry + "/reversal")
                .then().statusCode(409).body("code", equalTo("project-revoked"));
        as(ADMIN).body(Map.of("reason", "Nhập nhầm")).post("/api/projects/" + id + "/disbursements/" + entry + "/reversal")
                .then().statusCode(201).body("disbursedByCurrency.USD", equalTo(0.0f));
        List<Map<String, Object>> trail = as(ADMIN).get("/api/proposals/" + id + "/timeline").then().extract().path("$");
        assertThat(trail).extracting(e -> e.get("type")).containsSubsequence("DISBURSEMENT_RECORDED", "PROJECT_REVOKED",
                "DISBURSEMENT_REVERSED");
    }

    @Test
    void aClosedProjectIsReadButTakesNoDisbursementAndOnlyARunningProjectEnds() {
        long id = approvedProject(proposal("PROJECT", "Dự án đã hoàn thành " + System.nanoTime()), today().toString());
        lifecycle.close(id, today(), "Báo cáo hoàn thành đã được chấp nhận", OFFICER);
        assertThat(status(id)).isEqualTo("CLOSED");
        assertThat(proposalOf(id).getString("project.closedOn")).isEqualTo(today().toString());
        as(OFFICER).get("/api/projects/" + id + "/disbursements").then().statusCode(200);
        as(OFFICER).body(disbursement(10)).post("/api/projects/" + id + "/disbursements").then().statusCode(409)
                .body("code", equalTo("project-closed"));
        org.junit.jupiter.api.Assertions.assertThrows(vn.vientro.common.domain.DomainException.class,
                () -> lifecycle.revoke(id, "1/QĐ-UBND", today(), "x", APPROVER));
        long running = approvedProject(proposal("PROJECT", "Dự án đang chạy " + System.nanoTime()), today().toString());
        LocalDate tomorrow = today().plusDays(1);
        org.junit.jupiter.api.Assertions.assertThrows(vn.vientro.common.domain.DomainException.class,
                () -> lifecycle.close(running, tomorrow, null, OFFICER));
        assertThat(status(running)).isEqualTo("APPROVED");
    }
}
