package vn.vientro.reporting;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import vn.vientro.project.service.ProjectLifecycle;
import vn.vientro.support.Fixtures;
import vn.vientro.task.domain.InboxItem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/**
 * The aid owner and its reports through the HTTP API (Decree 80/2020 Art. 14(4)): obligations generated from the
 * reporting calendar on approval, an aid owner that sees only its own unit's aid, reports with amounts and results
 * indicators, the officer's review, a report sent on the aid owner's behalf, a calendar change that moves only what is
 * not yet due, and bad input named field by field. Expected dates are worked out by hand from the default calendar
 * (31 July, 15 February, six months after the end).
 */
@QuarkusTest
class AidReportingTest {

    /** A project of an aid owner of its own (a new unit each time) with an account of that unit; its id and the user. */
    private record Owned(long projectId, String unitCode, String user) {
    }

    private static Owned project(String start, String end, String decisionDate) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(proposal("PROJECT", "Báo cáo thử nghiệm " + suffix));
        // padded on purpose: the unit is registered under the trimmed name
        body.put("aidOwner", "  Trường Tiểu học Thử nghiệm " + suffix + " ");
        body.put("plannedStart", start);
        body.put("plannedEnd", end);
        long id = approvedProject(body, decisionDate);
        JsonPath view = proposalOf(id);
        assertThat(view.getString("aidOwner")).isEqualTo("Trường Tiểu học Thử nghiệm " + suffix);
        String code = view.getString("aidOwnerCode");
        assertThat(code).startsWith("CKVT-");
        String user = "chuvt." + suffix;
        Fixtures.user(user, "aid-owner", code, "aid-owner");
        return new Owned(id, code, user);
    }

    private static List<Map<String, Object>> obligations(String user, long projectId) {
        return as(user).queryParam("projectId", projectId).get("/api/report-obligations").then().statusCode(200)
                .extract().path("$");
    }

    private static long obligation(String user, long projectId, String kind, String periodStart) {
        return obligations(user, projectId).stream()
                .filter(o -> kind.equals(o.get("kind")) && periodStart.equals(o.get("periodStart")))
                .map(o -> ((Number) o.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static List<Long> indicators(long projectId) {
        List<Integer> ids = as(OFFICER).body(List.of(
                        Map.of("nameVi", "Giáo viên được tập huấn", "nameEn", "Teachers trained", "unit", "người",
                                "baseline", 0, "target", 120),
                        Map.of("nameVi", "Tỷ lệ học sinh bỏ học", "unit", "%", "baseline", 4.5, "target", 2)))
                .put("/api/projects/" + projectId + "/indicators").then().statusCode(200)
                .body("nameVi", contains("Giáo viên được tập huấn", "Tỷ lệ học sinh bỏ học"))
                .extract().path("id");
        return ids.stream().map(Integer::longValue).toList();
    }

    private static Map<String, Object> report(List<Long> indicators, Object teachers, Object dropOut) {
        return Map.of("amounts", List.of(Map.of("currency", "USD", "received", 30000, "spent", 12500.75),
                        Map.of("currency", "VND", "received", 0, "spent", 150000000)),
                "indicators", List.of(Map.of("indicatorId", indicators.get(0), "actual", teachers),
                        Map.of("indicatorId", indicators.get(1), "actual", dropOut)),
                "narrative", "Đã tổ chức 2 lớp tập huấn cho giáo viên.");
    }

    @Test
    void approvalOwesTheReportsOfTheCalendar() {
        Owned p = project("2030-03-01", "2031-09-30", today().toString());
        List<Map<String, Object>> owed = obligations(p.user(), p.projectId());
        assertThat(owed).extracting(o -> o.get("kind") + " " + o.get("periodStart") + ".." + o.get("periodEnd")
                        + " due " + o.get("dueDate") + " " + o.get("status"))
                .containsExactly(
                        "HALF_YEAR 2030-03-01..2030-06-30 due 2030-07-31 DUE",
                        "ANNUAL 2030-03-01..2030-12-31 due 2031-02-15 DUE",
                        "HALF_YEAR 2031-01-01..2031-06-30 due 2031-07-31 DUE",
                        "ANNUAL 2031-01-01..2031-09-30 due 2032-02-15 DUE",
                        "COMPLETION 2030-03-01..2031-09-30 due 2032-03-30 DUE");
        assertThat(owed).allSatisfy(o -> assertThat(o.get("overdue")).isEqualTo(false));
        assertThat(owed.get(0)).containsEntry("kindLabelVi", "Báo cáo 6 tháng").containsEntry("aidOwnerCode", p.unitCode());
    }

    @Test
    void anAidOwnerSeesOnlyItsOwnUnitsAid() {
        Owned mine = project("2030-01-01", "2030-12-31", today().toString());
        Owned other = project("2030-01-01", "2030-12-31", today().toString());
        long othersObligation = obligation(other.user(), other.projectId(), "HALF_YEAR", "2030-01-01");

        List<Integer> listed = as(mine.user()).queryParam("size", 200).get("/api/proposals").then().statusCode(200)
                .extract().path("items.id");
        assertThat(listed).contains((int) mine.projectId()).doesNotContain((int) other.projectId());
        as(mine.user()).get("/api/proposals/" + mine.projectId()).then().statusCode(200)
                .body("aidOwnerCode", equalTo(mine.unitCode()));
        as(mine.user()).get("/api/proposals/" + other.projectId()).then().statusCode(403);
        as(mine.user()).get("/api/projects/" + mine.projectId() + "/disbursements").then().statusCode(200);
        as(mine.user()).get("/api/projects/" + other.projectId() + "/disbursements").then().statusCode(403);
        as(mine.user()).get("/api/projects/" + other.projectId() + "/indicators").then().statusCode(403);
        as(mine.user()).get("/api/projects/999999999/disbursements").then().statusCode(404);

        List<Integer> projects = as(mine.user()).get("/api/report-obligations").then().statusCode(200)
                .extract().path("projectId");
        assertThat(projects).isNotEmpty().containsOnly((int) mine.projectId());
        as(mine.user()).queryParam("projectId", other.projectId()).get("/api/report-obligations").then().statusCode(403);
        as(mine.user()).get("/api/report-obligations/" + othersObligation).then().statusCode(403);
        as(mine.user()).get("/api/report-obligations/999999999").then().statusCode(404);
        as(mine.user()).body(Map.of("amounts", List.of(), "indicators", List.of(), "narrative", "Không phải của tôi"))
                .post("/api/report-obligations/" + othersObligation + "/reports").then().statusCode(403);
        // the officers' doors stay shut
        as(mine.user()).get("/api/tasks").then().statusCode(403);
        as(mine.user()).body(List.of()).put("/api/projects/" + mine.projectId() + "/indicators").then().statusCode(403);
        given().get("/api/report-obligations").then().statusCode(401);
    }

    @Test
    void theAidOwnerReportsTheHalfYearWithIndicatorsAndTheOfficerAcceptsIt() {
        Owned p = project("2030-01-01", "2031-12-31", today().toString());
        List<Long> ids = indicators(p.projectId());
        long halfYear = obligation(p.user(), p.projectId(), "HALF_YEAR", "2030-01-01");

        as(p.user()).body(report(ids, 45, 3.8)).post("/api/report-obligations/" + halfYear + "/reports").then()
                .statusCode(201).body("status", equalTo("SUBMITTED")).body("reports", hasSize(1))
                .body("reports[0].submittedBy", equalTo(p.user())).body("reports[0].onBehalf", equalTo(false))
                .body("reports[0].amounts.currency", contains("USD", "VND"))
                .body("reports[0].amounts[0].spent", equalTo(12500.75f))
                .body("reports[0].indicators.actual", contains(45.0f, 3.8f))
                .body("reports[0].indicators[1].baseline", equalTo(4.5f));
        // once in, it is the officer's to review: a second one is refused
        as(p.user()).body(report(ids, 46, 3.7)).post("/api/report-obligations/" + halfYear + "/reports").then()
                .statusCode(409).body("code", equalTo("report-not-awaited")).body("values.state", equalTo("SUBMITTED"));
        as(p.user()).get("/api/projects/" + p.projectId() + "/indicators").then().statusCode(200)
                .body("actual", contains(45.0f, 3.8f));

        complete(p.projectId(), "reviewReport", OFFICER, "accept", Map.of());
        as(p.user()).get("/api/report-obligations/" + halfYear).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("reports[0].reviewOutcome", equalTo("accept"))
                .body("reports[0].reviewedBy", equalTo(OFFICER)).body("reports[0].reviewNote", nullValue());
    }

    @Test
    void theOfficerSubmitsOnTheAidOwnersBehalfAndAsksForACorrection() {
        Owned p = project("2030-01-01", "2031-12-31", today().toString());
        List<Long> ids = indicators(p.projectId());
        long annual = obligation(p.user(), p.projectId(), "ANNUAL", "2030-01-01");

        as(OFFICER).body(report(ids, 60, 3)).post("/api/report-obligations/" + annual + "/reports").then()
                .statusCode(201).body("reports[0].submittedBy", equalTo(OFFICER)).body("reports[0].onBehalf", equalTo(true));
        complete(p.projectId(), "reviewReport", OFFICER_2, "requestCorrection",
                Map.of("correction", "Thiếu chứng từ chi tiêu bằng VND"));
        as(p.user()).get("/api/report-obligations/" + annual).then().statusCode(200)
                .body("status", equalTo("CORRECTION_REQUESTED"))
                .body("reports[0].reviewNote", equalTo("Thiếu chứng từ chi tiêu bằng VND"))
                .body("reports[0].reviewedBy", equalTo(OFFICER_2));

        as(p.user()).body(report(ids, 61, 2.9)).post("/api/report-obligations/" + annual + "/reports").then()
                .statusCode(201).body("status", equalTo("SUBMITTED")).body("reports", hasSize(2))
                .body("reports[0].onBehalf", equalTo(false)).body("reports[1].onBehalf", equalTo(true));
        complete(p.projectId(), "reviewReport", OFFICER, "accept", Map.of());
        as(OFFICER).get("/api/report-obligations/" + annual).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("reports[0].reviewOutcome", equalTo("accept")).body("reports[0].reviewNote", nullValue())
                .body("reports[1].reviewOutcome", equalTo("requestCorrection"));
    }

    @Test
    void anAcceptedCompletionReportClosesTheProject() {
        Owned p = project("2030-01-01", "2030-12-31", today().toString());
        long completion = obligation(p.user(), p.projectId(), "COMPLETION", "2030-01-01");
        as(p.user()).get("/api/report-obligations/" + completion).then().body("dueDate", equalTo("2031-06-30"));
        as(p.user()).body(Map.of("amounts", List.of(Map.of("currency", "USD", "received", 125000.5, "spent", 125000.5)),
                        "indicators", List.of(), "narrative", "Đã hoàn thành và bàn giao."))
                .post("/api/report-obligations/" + completion + "/reports").then().statusCode(201);
        assertThat(status(p.projectId())).isEqualTo("APPROVED");
        complete(p.projectId(), "reviewReport", OFFICER, "accept", Map.of());
        assertThat(status(p.projectId())).isEqualTo("CLOSED");
        as(OFFICER).body(Map.of("date", today().toString(), "amount", 10, "currency", "USD"))
                .post("/api/projects/" + p.projectId() + "/disbursements").then().statusCode(409)
                .body("code", equalTo("project-closed"));
    }

    @Test
    void closingTheProjectCancelsTheReportsNotYetSentAndEndsTheirProcesses() {
        Owned p = project("2030-01-01", "2030-12-31", today().toString());
        long halfYear = obligation(p.user(), p.projectId(), "HALF_YEAR", "2030-01-01");
        long annual = obligation(p.user(), p.projectId(), "ANNUAL", "2030-01-01");
        long completion = obligation(p.user(), p.projectId(), "COMPLETION", "2030-01-01");
        Map<String, Object> sent = Map.of("amounts", List.of(Map.of("currency", "USD", "received", 10, "spent", 10)),
                "indicators", List.of(), "narrative", "Đã thực hiện.");
        // the half-year report is in and under review when the project closes; the annual one never came
        as(p.user()).body(sent).post("/api/report-obligations/" + halfYear + "/reports").then().statusCode(201);
        as(p.user()).body(sent).post("/api/report-obligations/" + completion + "/reports").then().statusCode(201);
        String annualProcess = processOf(annual);
        String review = reviewTaskOf(halfYear);
        // the review step names the report it is about, for the task page
        as(OFFICER).get("/api/tasks/" + review).then().statusCode(200).body("reportObligationId", equalTo((int) halfYear));
        completeTask(reviewTaskOf(completion), OFFICER, "accept", Map.of()).then().statusCode(204);

        assertThat(status(p.projectId())).isEqualTo("CLOSED");
        assertThat(obligations(p.user(), p.projectId())).extracting(o -> o.get("kind") + " " + o.get("status"))
                .containsExactly("HALF_YEAR SUBMITTED", "ANNUAL CANCELLED", "COMPLETION ACCEPTED");
        as(OFFICER).get("/api/report-obligations/" + annual).then().statusCode(200)
                .body("statusLabelVi", equalTo("Không còn phải báo cáo")).body("overdue", equalTo(false));
        assertEnded(annualProcess, "Khoản viện trợ đã kết thúc");
        // the report under review keeps its review; the cancelled one takes no report nor file
        assertThat(reviewTaskOf(halfYear)).isEqualTo(review);
        as(p.user()).body(sent).post("/api/report-obligations/" + annual + "/reports").then().statusCode(409)
                .body("code", equalTo("report-not-awaited")).body("values.state", equalTo("CANCELLED"));
        upload(p.user()).multiPart("file", "bao-cao.pdf", PDF, "application/pdf")
                .post("/api/report-obligations/" + annual + "/attachments").then().statusCode(409);
    }

    @Test
    void revokingTheProjectCancelsEveryReportStillAwaited() {
        Owned p = project("2030-01-01", "2031-12-31", today().toString());
        long annual = obligation(p.user(), p.projectId(), "ANNUAL", "2030-01-01");
        as(OFFICER).body(Map.of("amounts", List.of(), "indicators", List.of(), "narrative", "Chưa triển khai."))
                .post("/api/report-obligations/" + annual + "/reports").then().statusCode(201);
        complete(p.projectId(), "reviewReport", OFFICER, "requestCorrection", Map.of("correction", "Nêu lý do chưa triển khai"));
        List<String> processes = obligations(p.user(), p.projectId()).stream()
                .map(o -> processOf(((Number) o.get("id")).longValue())).toList();

        Arc.container().instance(ProjectLifecycle.class).get().revoke(p.projectId(), "15/QĐ-UBND", today(),
                "Chưa triển khai sau 6 tháng", APPROVER);

        assertThat(obligations(p.user(), p.projectId())).hasSize(5)
                .allSatisfy(o -> assertThat(o.get("status")).isEqualTo("CANCELLED"));
        processes.forEach(process -> assertEnded(process, "Khoản viện trợ bị thu hồi"));
        // the correction the aid owner owed left its inbox with the rest
        assertThat(QuarkusTransaction.requiringNew().call(() -> InboxItem.count("proposalId = ?1 and taskKey in ?2",
                p.projectId(), List.of("submitReport", "correctReport", "reviewReport", "chaseReport")))).isZero();
    }

    /** The process of an obligation, while it runs. */
    private static String processOf(long obligationId) {
        return Arc.container().instance(RuntimeService.class).get().createProcessInstanceQuery()
                .processInstanceBusinessKey("report:" + obligationId).singleResult().getId();
    }

    private static String reviewTaskOf(long obligationId) {
        return Arc.container().instance(TaskService.class).get().createTaskQuery()
                .processInstanceBusinessKey("report:" + obligationId).taskDefinitionKey("reviewReport").singleResult().getId();
    }

    /** Ended for the reason given, with no task nor timer left: no reminder or chase can follow. */
    private static void assertEnded(String processInstanceId, String reason) {
        assertThat(Arc.container().instance(RuntimeService.class).get().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).count()).isZero();
        assertThat(Arc.container().instance(ManagementService.class).get().createJobQuery()
                .processInstanceId(processInstanceId).count()).isZero();
        assertThat(Arc.container().instance(TaskService.class).get().createTaskQuery()
                .processInstanceId(processInstanceId).count()).isZero();
        assertThat(Arc.container().instance(HistoryService.class).get().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult().getDeleteReason()).isEqualTo(reason);
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void filesAttachedWhileTheReportIsPreparedGoWithItAndAreReadOnlyByThoseWhoSeeIt() throws Exception {
        Owned p = project("2030-01-01", "2030-12-31", today().toString());
        Owned other = project("2030-01-01", "2030-12-31", today().toString());
        long halfYear = obligation(p.user(), p.projectId(), "HALF_YEAR", "2030-01-01");
        String files = "/api/report-obligations/" + halfYear + "/attachments";

        int kept = upload(p.user()).multiPart("file", "Biên bản nghiệm thu.pdf", PDF, "application/pdf").post(files)
                .then().statusCode(201).body("filename", equalTo("Biên bản nghiệm thu.pdf")).body("size", equalTo(PDF.length))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF))))
                .body("uploadedBy", equalTo(p.user())).extract().path("id");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        int dropped = upload(OFFICER).multiPart("file", "anh.png", png, "image/png").post(files).then().statusCode(201)
                .extract().path("id");
        as(OFFICER).delete(files + "/" + dropped).then().statusCode(204);
        as(OFFICER).get(files + "/" + dropped).then().statusCode(404);

        // refused as a dossier's documents are
        upload(p.user()).multiPart("file", "ghi-chu.txt", "xin chào".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(files).then().statusCode(415).contentType(containsString("application/problem+json"))
                .body("code", equalTo("file-type-not-accepted"));
        upload(p.user()).multiPart("file", "gia-mao.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post(files).then().statusCode(415).body("code", equalTo("content-not-as-declared"));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload(p.user()).multiPart("file", "qua-lon.pdf", big, "application/pdf").post(files).then().statusCode(413)
                .contentType(containsString("application/problem+json"));
        upload(other.user()).multiPart("file", "khong-phai-cua-toi.pdf", PDF, "application/pdf").post(files).then()
                .statusCode(403);
        upload(LEADERSHIP).multiPart("file", "lanh-dao.pdf", PDF, "application/pdf").post(files).then().statusCode(403);
        as(p.user()).get("/api/report-obligations/" + halfYear).then().statusCode(200)
                .body("pendingAttachments.id", contains(kept));

        as(p.user()).body(Map.of("amounts", List.of(), "indicators", List.of(), "narrative", "Kèm biên bản."))
                .post("/api/report-obligations/" + halfYear + "/reports").then().statusCode(201)
                .body("pendingAttachments", empty()).body("reports[0].attachments.id", contains(kept))
                .body("reports[0].attachments[0].filename", equalTo("Biên bản nghiệm thu.pdf"));
        // sent: the files are the report's, read by who sees the report
        for (String reader : List.of(p.user(), OFFICER, LEADERSHIP)) {
            byte[] read = as(reader).get(files + "/" + kept).then().statusCode(200).contentType("application/pdf")
                    .header("Content-Disposition", containsString("UTF-8''Bi%C3%AAn%20b%E1%BA%A3n"))
                    .extract().asByteArray();
            assertThat(read).isEqualTo(PDF);
        }
        as(other.user()).get(files + "/" + kept).then().statusCode(403);
        as(OFFICER).get(files + "/999999999").then().statusCode(404);
        long othersObligation = obligation(other.user(), other.projectId(), "HALF_YEAR", "2030-01-01");
        as(OFFICER).get("/api/report-obligations/" + othersObligation + "/attachments/" + kept).then().statusCode(404);
        upload(p.user()).multiPart("file", "muon.pdf", PDF, "application/pdf").post(files).then().statusCode(409)
                .body("code", equalTo("report-not-awaited"));
        as(p.user()).delete(files + "/" + kept).then().statusCode(409);
    }

    @Test
    void aCalendarChangeMovesOnlyTheReportsNotYetDue() {
        int year = today().getYear();
        // decided two years ago: the half-year reports of last year and before are already due
        Owned p = project((year - 2) + "-01-01", (year + 3) + "-12-31", (year - 2) + "-01-10");
        long lastYear = obligation(p.user(), p.projectId(), "HALF_YEAR", (year - 1) + "-01-01");
        long nextYear = obligation(p.user(), p.projectId(), "HALF_YEAR", (year + 1) + "-01-01");
        long nextAnnual = obligation(p.user(), p.projectId(), "ANNUAL", (year + 1) + "-01-01");
        as(p.user()).get("/api/report-obligations/" + lastYear).then().body("dueDate", equalTo((year - 1) + "-07-31"))
                .body("overdue", equalTo(true));

        Map<String, Object> rule = halfYearRule();
        Map<String, Object> changed = new HashMap<>(rule);
        changed.put("dueMonth", 8);
        changed.put("dueDay", 15);
        try {
            as(ADMIN).body(changed).put("/api/reporting-rules/HALF_YEAR").then().statusCode(200)
                    .body("rule.dueMonth", equalTo(8)).body("rule.dueDay", equalTo(15))
                    .body("obligationsMoved", greaterThanOrEqualTo(3));
            as(p.user()).get("/api/report-obligations/" + lastYear).then().body("dueDate", equalTo((year - 1) + "-07-31"));
            as(p.user()).get("/api/report-obligations/" + nextYear).then().body("dueDate", equalTo((year + 1) + "-08-15"));
            as(p.user()).get("/api/report-obligations/" + nextAnnual).then().body("dueDate", equalTo((year + 2) + "-02-15"));
            // the process waits for the new date
            RuntimeService runtime = Arc.container().instance(RuntimeService.class).get();
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("report:" + nextYear)
                    .singleResult().getId();
            assertThat(((Date) runtime.getVariable(instance, "reportDue")).toInstant())
                    .isEqualTo(LocalDate.of(year + 1, 8, 15).atStartOfDay(PROVINCE).toInstant());
            // stale version
            as(ADMIN).body(changed).put("/api/reporting-rules/HALF_YEAR").then().statusCode(409)
                    .body("code", equalTo("stale-version"));
        } finally {
            Map<String, Object> back = new HashMap<>(rule);
            back.put("version", halfYearRule().get("version"));
            as(ADMIN).body(back).put("/api/reporting-rules/HALF_YEAR").then().statusCode(200);
        }
        as(p.user()).get("/api/report-obligations/" + nextYear).then().body("dueDate", equalTo((year + 1) + "-07-31"));
        as(OFFICER).body(changed).put("/api/reporting-rules/HALF_YEAR").then().statusCode(403);
    }

    private static Map<String, Object> halfYearRule() {
        List<Map<String, Object>> rules = as(ADMIN).get("/api/reporting-rules").then().statusCode(200).extract().path("$");
        Map<String, Object> rule = new HashMap<>(rules.stream().filter(r -> "HALF_YEAR".equals(r.get("kind")))
                .findFirst().orElseThrow());
        rule.remove("kind");
        return rule;
    }

    @Test
    void badReportsAreRefusedNamingTheField() {
        Owned p = project("2030-01-01", "2030-12-31", today().toString());
        List<Long> ids = indicators(p.projectId());
        String path = "/api/report-obligations/" + obligation(p.user(), p.projectId(), "HALF_YEAR", "2030-01-01") + "/reports";

        Map<String, Object> lowerCase = new HashMap<>(report(ids, 1, 1));
        lowerCase.put("amounts", List.of(Map.of("currency", "usd", "received", 1, "spent", 1)));
        onlyViolation(as(p.user()).body(lowerCase).post(path).then(), "amounts[0].currency", "body", "currency-code");

        Map<String, Object> unknown = new HashMap<>(report(ids, 1, 1));
        unknown.put("amounts", List.of(Map.of("currency", "THB", "received", 1, "spent", 1)));
        onlyViolation(as(p.user()).body(unknown).post(path).then(), "amounts[0].currency", "body", "unknown-currency");

        Map<String, Object> twice = new HashMap<>(report(ids, 1, 1));
        twice.put("amounts", List.of(Map.of("currency", "USD", "received", 1, "spent", 1),
                Map.of("currency", "USD", "received", 2, "spent", 2)));
        onlyViolation(as(p.user()).body(twice).post(path).then(), "amounts[1].currency", "body", "currency-twice");

        Map<String, Object> negative = new HashMap<>(report(ids, 1, 1));
        negative.put("amounts", List.of(Map.of("currency", "USD", "received", -5, "spent", 1)));
        onlyViolation(as(p.user()).body(negative).post(path).then(), "amounts[0].received", "body", "at-least");

        Map<String, Object> missing = new HashMap<>(report(ids, 1, 1));
        missing.put("indicators", List.of(Map.of("indicatorId", ids.get(0), "actual", 3)));
        onlyViolation(as(p.user()).body(missing).post(path).then(), "indicators", "body", "indicator-missing")
                .body("violations[0].values.name", equalTo("Tỷ lệ học sinh bỏ học"));

        Map<String, Object> foreign = new HashMap<>(report(ids, 1, 1));
        foreign.put("indicators", List.of(Map.of("indicatorId", 999999999, "actual", 3)));
        onlyViolation(as(p.user()).body(foreign).post(path).then(), "indicators[0].indicatorId", "body", "unknown-indicator");

        Map<String, Object> blank = new HashMap<>(report(ids, 1, 1));
        blank.put("narrative", "  ");
        onlyViolation(as(p.user()).body(blank).post(path).then(), "narrative", "body", "required");

        // nothing of the refused reports was kept
        as(p.user()).get(path.replace("/reports", "")).then().body("status", equalTo("DUE")).body("reports", empty());

        Map<String, Object> badDay = new HashMap<>(halfYearRule());
        badDay.put("dueMonth", 2);
        badDay.put("dueDay", 30);
        onlyViolation(as(ADMIN).body(badDay).put("/api/reporting-rules/HALF_YEAR").then(), "dueDay", "body", "no-such-day");
    }
}
