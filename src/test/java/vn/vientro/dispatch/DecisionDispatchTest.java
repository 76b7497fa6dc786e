package vn.vientro.dispatch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/**
 * Sending the decision (Art. 11(2)) through the API: the step the approval starts, for the officers, with its due date
 * 5 working days from the decision and its overdue flag; each recipient's line checked at its field; the lines stored,
 * listed and shown in the step records; the signed scan of the decision.
 */
@QuarkusTest
class DecisionDispatchTest {

    /** Monday 5 May 2025; no public holiday follows in the next week. */
    private static final String DECIDED = "2025-05-05";
    /**
     * 5 days later (Decree 80/2020 Art. 11(2), "05 ngày"): Sat 10 May, not worked, so Mon 12 May at 17:00 in the province
     * (Civil Code 2015 Art. 148(5)); 5 working days would end on Mon 12 May too.
     */
    private static final String DUE = "2025-05-12T10:00:00Z";

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    private static Map<String, Object> line(String recipient, String method, String sentOn) {
        return Map.of("recipient", recipient, "method", method, "sentOn", sentOn);
    }

    private static List<Map<String, Object>> allSent() {
        return List.of(line("DONOR", "EMAIL", "2025-05-06"), line("MINISTRY_OF_FINANCE", "NATIONAL_DOCUMENT_SYSTEM", "2025-05-07"),
                line("AID_OWNER", "POST", "2025-05-08"));
    }

    private static void refused(String taskId, List<Map<String, Object>> lines, String field, String code, Map<String, Object> values) {
        completeTask(taskId, OFFICER, "sent", Map.of("dispatches", lines)).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains(field)).body("violations[0].code", equalTo(code))
                .body("violations[0].values", values == null ? nullValue() : equalTo(values));
    }

    @Test
    void anApprovalGivesTheOfficersTheStepWithItsClockAndItsOverdueFlag() {
        long id = approvedProject(proposal("PROJECT", "Dự án gửi quyết định đúng hạn"), DECIDED);
        String taskId = task(id, "sendDecision", OFFICER);
        as(OFFICER).queryParam("proposalId", id).get("/api/tasks").then().statusCode(200)
                .body("items.find { it.key == 'sendDecision' }.dueAt", equalTo(DUE))
                .body("items.find { it.key == 'sendDecision' }.overdue", equalTo(true))
                .body("items.find { it.key == 'sendDecision' }.nameEn", equalTo("Send the decision"));
        as(APPRAISER).queryParam("proposalId", id).get("/api/tasks").then().statusCode(200).body("items", empty());
        as(APPRAISER).get("/api/tasks/" + taskId).then().statusCode(403).body("code", equalTo("not-your-task"));
        // The task offers the recipients the decision table names for an approval, labelled by the step.
        as(OFFICER).get("/api/tasks/" + taskId).then().statusCode(200)
                .body("outcomes[0].fields[0].type", equalTo("DISPATCHES"))
                .body("outcomes[0].fields[0].options.code", contains("DONOR", "MINISTRY_OF_FINANCE", "AID_OWNER"))
                .body("outcomes[0].fields[0].options[1].labelVi", equalTo("Bộ Tài chính"));
        as(OFFICER).get("/api/proposals/" + id + "/dispatches").then().statusCode(200)
                .body("decision", equalTo("APPROVED")).body("decidedOn", equalTo(DECIDED))
                .body("taskId", equalTo(taskId)).body("dueAt", equalTo(DUE)).body("lines", empty());

        // The overdue timer escalates it, as every other step's.
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("dispatch:" + id).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId("sendDecisionOverdue")
                .singleResult().getId());
        as(OFFICER).queryParam("proposalId", id).get("/api/tasks").then().statusCode(200)
                .body("items.find { it.key == 'sendDecision' }.escalatedAt", notNullValue());
    }

    @Test
    void eachLineIsCheckedAtItsFieldThenStoredListedAndRecorded() {
        long id = approvedProject(proposal("PROJECT", "Dự án gửi quyết định kiểm tra"), DECIDED);
        String taskId = task(id, "sendDecision", OFFICER);
        List<Map<String, Object>> good = allSent();

        refused(taskId, good.subList(0, 2), "fields.dispatches", "recipient-missing", Map.of("recipient", "AID_OWNER"));
        refused(taskId, List.of(good.get(0), line("MINISTRY_OF_FINANCE", "POST", "2025-05-04"), good.get(2)),
                "fields.dispatches[1].sentOn", "before-decision", Map.of("date", DECIDED));
        refused(taskId, List.of(good.get(0), good.get(1), line("AID_OWNER", "POST", today().plusDays(1).toString())),
                "fields.dispatches[2].sentOn", "in-future", Map.of("today", today().toString()));
        refused(taskId, List.of(good.get(0), good.get(1), line("AID_OWNER", "POST", "8/5/2025")),
                "fields.dispatches[2].sentOn", "not-a-date", null);
        refused(taskId, List.of(line("DONOR", "FAX", "2025-05-06"), good.get(1), good.get(2)),
                "fields.dispatches[0].method", "not-one-of",
                Map.of("allowed", List.of("POST", "EMAIL", "NATIONAL_DOCUMENT_SYSTEM")));
        refused(taskId, List.of(good.get(0), good.get(1), line("DONOR", "POST", "2025-05-08")),
                "fields.dispatches[2].recipient", "recipient-twice", Map.of("recipient", "DONOR"));
        refused(taskId, List.of(line("MINISTRY_OF_PLANNING", "POST", "2025-05-06")),
                "fields.dispatches[0].recipient", "not-one-of",
                Map.of("allowed", List.of("DONOR", "MINISTRY_OF_FINANCE", "AID_OWNER")));
        refused(taskId, List.of(Map.of("recipient", "DONOR", "sentOn", "2025-05-06")),
                "fields.dispatches[0].method", "required", null);
        // Nothing of a refused answer is kept.
        as(OFFICER).get("/api/proposals/" + id + "/dispatches").then().statusCode(200).body("lines", empty());

        completeTask(taskId, OFFICER, "sent", Map.of("dispatches", good)).then().statusCode(204);
        JsonPath sent = as(LEADERSHIP).get("/api/proposals/" + id + "/dispatches").then().statusCode(200).extract().jsonPath();
        assertThat(sent.getList("lines.recipient")).containsExactly("DONOR", "MINISTRY_OF_FINANCE", "AID_OWNER");
        assertThat(sent.getList("lines.method")).containsExactly("EMAIL", "NATIONAL_DOCUMENT_SYSTEM", "POST");
        assertThat(sent.getList("lines.sentOn")).containsExactly("2025-05-06", "2025-05-07", "2025-05-08");
        assertThat(sent.getList("lines.recipientLabelVi")).containsExactly("Nhà tài trợ", "Bộ Tài chính", "Chủ khoản viện trợ");
        assertThat(sent.getString("taskId")).isNull();
        as(OFFICER).queryParam("proposalId", id).get("/api/tasks").then().statusCode(200).body("items", empty());

        JsonPath records = as(APPROVER).get("/api/proposals/" + id + "/records").then().statusCode(200).extract().jsonPath();
        assertThat(records.getString("find { it.stepKey == 'sendDecision' }.author")).isEqualTo(OFFICER);
        assertThat(records.getString("find { it.stepKey == 'sendDecision' }.fields[0].type")).isEqualTo("DISPATCHES");
        assertThat(records.getList("find { it.stepKey == 'sendDecision' }.fields[0].value.sentOn"))
                .containsExactly("2025-05-06", "2025-05-07", "2025-05-08");
        assertThat(records.getList("find { it.stepKey == 'sendDecision' }.fields[0].value.recipientLabelEn"))
                .containsExactly("Donor", "Ministry of Finance", "Aid owner");
    }

    @Test
    void aRefusalIsSentToTheDonorOnly() {
        long id = submitted("PROJECT", "Đề xuất bị từ chối cần gửi thư");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "recommendRejection", Map.of("appraisalSummary", "Không đạt"));
        complete(id, "approveProposal", APPROVER, "reject", Map.of("rejectionReason", "Không phù hợp quy hoạch"));
        String taskId = task(id, "sendDecision", OFFICER);
        as(OFFICER).get("/api/tasks/" + taskId).then().statusCode(200)
                .body("outcomes[0].fields[0].options.code", contains("DONOR"));
        refused(taskId, List.of(line("DONOR", "POST", today().toString()), line("AID_OWNER", "POST", today().toString())),
                "fields.dispatches[1].recipient", "not-one-of", Map.of("allowed", List.of("DONOR")));
        completeTask(taskId, OFFICER, "sent", Map.of("dispatches", List.of(line("DONOR", "POST", today().toString()))))
                .then().statusCode(204);
        as(OFFICER).get("/api/proposals/" + id + "/dispatches").then().statusCode(200)
                .body("decision", equalTo("REJECTED")).body("decidedOn", equalTo(today().toString()))
                .body("lines.recipient", contains("DONOR"));
    }

    @Test
    void theSignedScanIsTheOfficialDecisionOnceApprovedAndReplacingItIsAudited() throws NoSuchAlgorithmException {
        long draft = createDraft(proposal("PROJECT", "Dự án chưa phê duyệt không có quyết định ký"));
        byte[] scan = "%PDF-1.4 quyết định đã ký".getBytes(StandardCharsets.UTF_8);
        upload(OFFICER).multiPart("file", "qd.pdf", scan, "application/pdf").put("/api/proposals/" + draft + "/signed-decision")
                .then().statusCode(409).body("code", equalTo("not-approved"));

        long id = approvedProject(proposal("PROJECT", "Dự án có quyết định đã ký"), DECIDED);
        given().multiPart("file", "qd.pdf", scan, "application/pdf").put("/api/proposals/" + id + "/signed-decision")
                .then().statusCode(401);
        upload(APPRAISER).multiPart("file", "qd.pdf", scan, "application/pdf").put("/api/proposals/" + id + "/signed-decision")
                .then().statusCode(403);
        upload(APPROVER).multiPart("file", "qd.docx", new byte[]{'P', 'K', 3, 4},
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .put("/api/proposals/" + id + "/signed-decision").then().statusCode(415).body("code", equalTo("file-type-not-accepted"));
        // The dossier's own upload does not take it.
        onlyViolation(upload(OFFICER).multiPart("type", "SIGNED_DECISION").multiPart("file", "qd.pdf", scan, "application/pdf")
                .post("/api/proposals/" + draft + "/documents").then(), "type", "body", "not-one-of");

        upload(APPROVER).multiPart("file", "Quyết định 2468.pdf", scan, "application/pdf")
                .put("/api/proposals/" + id + "/signed-decision").then().statusCode(200)
                .body("type", equalTo("SIGNED_DECISION")).body("typeLabelVi", equalTo("Quyết định đã ký"))
                .body("filename", equalTo("Quyết định 2468.pdf"))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan))));
        byte[] rescanned = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        upload(OFFICER).multiPart("file", "qd.png", rescanned, "image/png")
                .put("/api/proposals/" + id + "/signed-decision").then().statusCode(200);
        JsonPath documents = as(LEADERSHIP).get("/api/proposals/" + id + "/documents").then().statusCode(200).extract().jsonPath();
        assertThat(documents.getList("findAll { it.type == 'SIGNED_DECISION' }.filename")).containsExactly("qd.png");
        List<String> actions = as(ADMIN).get("/api/proposals/" + id + "/timeline").then().statusCode(200).extract().path("type");
        assertThat(actions).contains("SIGNED_DECISION_REPLACED");
    }
}
