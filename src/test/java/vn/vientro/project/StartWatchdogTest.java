package vn.vientro.project;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/**
 * The start watchdog through the real engine and the HTTP API: the approval starts it, the start confirmation is
 * recorded and ends the watch at its timer (or its open review at once), aid not started is reviewed by the appraiser
 * and revoked by the approver from the inbox, and the revoked project takes no disbursement. The timer is run with executeJob (no waiting).
 */
@QuarkusTest
class StartWatchdogTest {

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    HistoryService history;

    private String watch(long project) {
        var pi = runtime.createProcessInstanceQuery().processDefinitionKey("startWatchdog")
                .processInstanceBusinessKey("project:" + project).singleResult();
        assertThat(pi).as("the watch of project " + project).isNotNull();
        return pi.getId();
    }

    /** Fires the watch's timer now, as the job executor would on its day. */
    private void timerFires(long project) {
        var job = management.createJobQuery().processInstanceId(watch(project)).activityId("watchExpires").singleResult();
        // six months after the approval, at midnight in the province
        assertThat(job.getDuedate().toInstant()).isEqualTo(today().plusMonths(6).atStartOfDay(PROVINCE).toInstant());
        management.executeJob(job.getId());
    }

    private static Map<String, Object> disbursement() {
        Map<String, Object> body = new HashMap<>();
        body.put("date", today().toString());
        body.put("amount", 100);
        body.put("currency", "USD");
        return body;
    }

    @Test
    void aConfirmedStartIsRecordedAndEndsTheWatchAtItsTimer() {
        long id = approvedProject(proposal("PROJECT", "Dự án đã khởi động"), today().toString());
        String instance = watch(id);
        given().contentType("application/json").body(Map.of("date", today().toString()))
                .post("/api/projects/" + id + "/start").then().statusCode(401);
        for (String user : List.of(APPRAISER, APPROVER, LEADERSHIP, CONSULTEE_POLICE)) {
            as(user).body(Map.of("date", today().toString())).post("/api/projects/" + id + "/start").then().statusCode(403);
        }
        as(OFFICER).body(Map.of("date", today().plusDays(1).toString())).post("/api/projects/" + id + "/start").then()
                .statusCode(400).body("violations[0].field", equalTo("date")).body("violations[0].code", equalTo("in-future"));
        as(OFFICER).body(Map.of("date", today().toString())).post("/api/projects/" + id + "/start").then().statusCode(200)
                .body("startedOn", equalTo(today().toString())).body("confirmedBy", equalTo(OFFICER));
        assertThat(proposalOf(id).getString("project.startConfirmedOn")).isEqualTo(today().toString());
        long pending = submitted("PROJECT", "Chưa phê duyệt nên chưa khởi động");
        as(OFFICER).body(Map.of("date", today().toString())).post("/api/projects/" + pending + "/start").then()
                .statusCode(409).body("code", equalTo("not-a-project"));

        timerFires(id);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isOne();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("watchEnded")
                .count()).isOne();
        as(APPRAISER).queryParam("proposalId", id).get("/api/tasks").then().statusCode(200).body("items", empty());
    }

    @Test
    void aidNotStartedIsReviewedAndRevokedFromTheInboxThenTakesNoDisbursement() {
        long id = approvedProject(proposal("PROJECT", "Dự án không khởi động"), today().toString());
        timerFires(id);
        complete(id, "reviewStart", APPRAISER, "noGoodReason", Map.of("reviewNote", "Chủ khoản viện trợ không giải trình"));
        String decide = task(id, "decideRevocation", APPROVER);
        // the approver decides on the appraiser's review, which the step shows
        as(APPROVER).get("/api/tasks/" + decide).then().statusCode(200)
                .body("earlier.stepKey", contains("reviewStart")).body("earlier[0].outcome", equalTo("noGoodReason"))
                .body("earlier[0].fields[0].value", equalTo("Chủ khoản viện trợ không giải trình"));
        completeTask(decide, APPROVER, "keep", Map.of("keepUntil", today().toString())).then().statusCode(400)
                .body("violations[0].field", equalTo("fields.keepUntil")).body("violations[0].code", equalTo("not-in-future"));
        completeTask(decide, APPROVER, "revoke", Map.of("decisionNumber", "77/QĐ-UBND", "decisionDate",
                today().toString(), "reason", "Không triển khai trong 6 tháng")).then().statusCode(204);

        var view = proposalOf(id);
        assertThat(view.getString("status")).isEqualTo("REVOKED");
        assertThat(view.getString("project.revocation.number")).isEqualTo("77/QĐ-UBND");
        assertThat(view.getString("project.revocation.reason")).isEqualTo("Không triển khai trong 6 tháng");
        List<Map<String, Object>> trail = as(ADMIN).get("/api/proposals/" + id + "/timeline").then().extract().path("$");
        assertThat(trail).filteredOn(e -> "PROJECT_REVOKED".equals(e.get("type")))
                .singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo(APPROVER));
        as(OFFICER).body(disbursement()).post("/api/projects/" + id + "/disbursements").then().statusCode(409)
                .body("code", equalTo("project-revoked"));
        as(OFFICER).body(Map.of("date", today().toString())).post("/api/projects/" + id + "/start").then().statusCode(409)
                .body("code", equalTo("project-revoked"));
    }

    @Test
    void keepingTheProjectWatchesAgainOnTheChosenDate() {
        long id = approvedProject(proposal("PROJECT", "Dự án được gia hạn theo dõi"), today().toString());
        timerFires(id);
        complete(id, "reviewStart", APPRAISER, "goodReason", Map.of("reviewNote", "Chờ giấy phép"));
        complete(id, "decideRevocation", APPROVER, "keep", Map.of("keepUntil", today().plusMonths(2).toString()));
        var job = management.createJobQuery().processInstanceId(watch(id)).activityId("watchExpires").singleResult();
        assertThat(job.getDuedate().toInstant()).isEqualTo(today().plusMonths(2).atStartOfDay(PROVINCE).toInstant());
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    /** Whether the watch of {@code project} has ended through the start-during-review end. */
    private void endedByStart(String instance) {
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isOne();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("reviewEndedByStart")
                .count()).isOne();
    }

    @Test
    void aStartConfirmedOrADisbursementRecordedDuringTheReviewEndsIt() {
        long confirmed = approvedProject(proposal("PROJECT", "Dự án khởi động khi đang xem xét"), today().toString());
        String instance = watch(confirmed);
        timerFires(confirmed);
        task(confirmed, "reviewStart", APPRAISER);
        // a refused confirmation (dated in the future) leaves the review open
        as(OFFICER).body(Map.of("date", today().plusDays(1).toString())).post("/api/projects/" + confirmed + "/start")
                .then().statusCode(400);
        task(confirmed, "reviewStart", APPRAISER);
        as(OFFICER).body(Map.of("date", today().toString())).post("/api/projects/" + confirmed + "/start").then().statusCode(200);
        endedByStart(instance);
        as(APPRAISER).queryParam("proposalId", confirmed).get("/api/tasks").then().statusCode(200).body("items", empty());
        assertThat(status(confirmed)).isEqualTo("APPROVED");

        long paid = approvedProject(proposal("PROJECT", "Dự án giải ngân khi chờ quyết định thu hồi"), today().toString());
        String paidInstance = watch(paid);
        timerFires(paid);
        complete(paid, "reviewStart", APPRAISER, "noGoodReason", Map.of("reviewNote", "Chưa có hoạt động"));
        task(paid, "decideRevocation", APPROVER);
        as(OFFICER).body(disbursement()).post("/api/projects/" + paid + "/disbursements").then().statusCode(201);
        endedByStart(paidInstance);
        as(APPROVER).queryParam("proposalId", paid).get("/api/tasks").then().statusCode(200).body("items", empty());
        assertThat(status(paid)).isEqualTo("APPROVED");
    }

    /** The demo data's watched projects: one revoked with its documents, one whose review waits for the appraiser. */
    @Test
    void theDemoHasARevokedProjectAndAReviewInTheAppraisersInbox() {
        List<Map<String, Object>> revoked = as(OFFICER).queryParam("q", "Xây dựng nhà văn hóa cộng đồng ấp Bàu Vừng")
                .get("/api/proposals").then().statusCode(200).extract().path("items");
        assertThat(revoked).singleElement().satisfies(p -> assertThat(p.get("status")).isEqualTo("REVOKED"));
        long id = ((Number) revoked.get(0).get("id")).longValue();
        assertThat(proposalOf(id).getString("project.revocation.number")).isEqualTo("2105/QĐ-UBND");
        assertThat(proposalOf(id).getList("generatedDocuments")).containsExactly("revocation", "revocation-notice");
        for (String kind : List.of("revocation", "revocation-notice")) {
            as(OFFICER).accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    .get("/api/proposals/" + id + "/documents/generated/" + kind).then().statusCode(200);
        }
        as(APPRAISER).queryParam("q", "Trồng rừng phòng hộ ven hồ Dầu Tiếng").get("/api/tasks").then().statusCode(200)
                .body("items.key", hasItem("reviewStart"));
    }
}
