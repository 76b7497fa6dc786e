package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The recorded steps (GET /api/proposals/{id}/records), the earlier records a task shows and the conditions a decision
 * carries, over HTTP with the real engine: each field labelled as the BPMN declares it, with its author and time.
 */
@QuarkusTest
class StepRecordsTest {

    @Inject
    ProcessEngine engine;

    private static List<Map<String, Object>> records(long id, String user) {
        return as(user).get("/api/proposals/" + id + "/records").then().statusCode(200).extract().path("$");
    }

    private static List<Map<String, Object>> earlier(long id, String key, String user) {
        return as(user).get("/api/tasks/" + task(id, key, user)).then().statusCode(200).extract().path("earlier");
    }

    private static List<Object> column(List<Map<String, Object>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> records, String stepKey, String agency) {
        List<Map<String, Object>> found = records.stream()
                .filter(r -> stepKey.equals(r.get("stepKey")) && (agency == null || agency.equals(r.get("agency")))).toList();
        assertThat(found).as(stepKey + " " + agency).hasSize(1);
        return found.get(0);
    }

    /** Completes the step and answers the window it was recorded in. */
    private static Instant[] timed(long id, String key, String user, String outcome, Map<String, Object> fields) {
        Instant before = Instant.now();
        complete(id, key, user, outcome, fields);
        return new Instant[]{before, Instant.now()};
    }

    private static void recordedWithin(Map<String, Object> record, Instant[] window) {
        assertThat(Instant.parse((String) record.get("at"))).isBetween(window[0], window[1]);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachStepsFieldsWithTheirLabelsAuthorAndTimeAndWhatTheNextStepsShow() {
        long id = submitted("PROJECT", "Ghi nhận kết quả từng bước");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA", "SYT")));
        Instant[] police = timed(id, "giveOpinion", CONSULTEE_POLICE, "agreeWithConditions",
                Map.of("conditions", "Báo cáo danh sách chuyên gia trước khi nhập cảnh."));
        complete(id, "giveOpinion", CONSULTEE_HEALTH, "agree", Map.of());

        List<Map<String, Object>> records = records(id, OFFICER);
        assertThat(column(records, "stepKey")).containsExactly("checkDossier", "collectOpinions", "giveOpinion", "giveOpinion");
        Map<String, Object> chosen = only(records, "collectOpinions", null);
        assertThat(chosen.get("fields")).isEqualTo(List.of(Map.of("name", "agencies", "labelVi", "Cơ quan được lấy ý kiến",
                "labelEn", "Agencies to consult", "type", "AGENCIES", "value", List.of("CA", "SYT"), "condition", false)));
        Map<String, Object> conditional = only(records, "giveOpinion", "CA");
        assertThat(conditional).containsEntry("outcome", "agreeWithConditions")
                .containsEntry("outcomeLabelVi", "Đồng ý có điều kiện").containsEntry("outcomeLabelEn", "Agree with conditions")
                .containsEntry("stepNameVi", "Cho ý kiến").containsEntry("author", CONSULTEE_POLICE)
                .containsEntry("comment", "Ý kiến của " + CONSULTEE_POLICE);
        assertThat(conditional.get("fields")).isEqualTo(List.of(Map.of("name", "conditions", "labelVi", "Điều kiện kèm theo",
                "labelEn", "Conditions", "type", "TEXT", "value", "Báo cáo danh sách chuyên gia trước khi nhập cảnh.",
                "condition", true)));
        recordedWithin(conditional, police);
        assertThat(only(records, "giveOpinion", "SYT")).containsEntry("outcome", "agree").containsEntry("author", CONSULTEE_HEALTH)
                .containsEntry("fields", List.of());

        // The appraiser sees both opinions, the one with its conditions; nothing else.
        List<Map<String, Object>> appraisal = earlier(id, "appraiseProposal", APPRAISER);
        assertThat(column(appraisal, "stepKey")).containsExactly("giveOpinion", "giveOpinion");
        assertThat(column(appraisal, "agency")).containsExactlyInAnyOrder("CA", "SYT");
        assertThat(only(appraisal, "giveOpinion", "CA")).isEqualTo(conditional);

        Instant[] appraised = timed(id, "appraiseProposal", APPRAISER, "recommendApproval",
                Map.of("appraisalSummary", "Phù hợp quy hoạch; vốn đối ứng đã bố trí."));
        // The approver sees the appraisal first (as approveProposal declares), then the opinions.
        List<Map<String, Object>> decision = earlier(id, "approveProposal", APPROVER);
        assertThat(column(decision, "stepKey")).containsExactly("appraiseProposal", "giveOpinion", "giveOpinion");
        Map<String, Object> recommendation = decision.get(0);
        assertThat(recommendation).containsEntry("outcomeLabelVi", "Đề nghị phê duyệt").containsEntry("author", APPRAISER);
        assertThat(recommendation.get("fields")).isEqualTo(List.of(Map.of("name", "appraisalSummary",
                "labelVi", "Tóm tắt kết quả thẩm định", "labelEn", "Appraisal summary", "type", "TEXT",
                "value", "Phù hợp quy hoạch; vốn đối ứng đã bố trí.", "condition", false)));
        recordedWithin(recommendation, appraised);
        // A task that declares nothing to show shows nothing.
        long other = submitted("PROJECT", "Không có bước trước");
        assertThat(earlier(other, "checkDossier", APPRAISER)).isEmpty();

        // The approval's own conditions and the agency's are carried into the decision, in the order they were given.
        Map<String, Object> approval = new HashMap<>(approval());
        approval.put("conditions", "Báo cáo tiến độ mỗi quý.");
        Instant[] approved = timed(id, "approveProposal", APPROVER, "approve", approval);
        List<Map<String, Object>> conditions = proposalOf(id).getList("decision.conditions");
        assertThat(column(conditions, "text")).containsExactly("Báo cáo danh sách chuyên gia trước khi nhập cảnh.",
                "Báo cáo tiến độ mỗi quý.");
        assertThat(column(conditions, "agency")).containsExactly("CA", null);
        assertThat(column(conditions, "author")).containsExactly(CONSULTEE_POLICE, APPROVER);
        assertThat(column(conditions, "stepKey")).containsExactly("giveOpinion", "approveProposal");
        assertThat(column(conditions, "labelVi")).containsExactly("Điều kiện kèm theo", "Điều kiện kèm theo quyết định");
        assertThat(Instant.parse((String) conditions.get(1).get("at"))).isBetween(approved[0], approved[1]);
        Map<String, Object> decided = only(records(id, LEADERSHIP), "approveProposal", null);
        assertThat(column((List<Map<String, Object>>) decided.get("fields"), "labelVi")).containsExactly(
                "Số quyết định", "Ngày quyết định", "Người ký quyết định", "Điều kiện kèm theo quyết định");
    }

    @Test
    void anAgencysLaterAnswerReplacesItsEarlierConditions() {
        long id = submitted("PROJECT", "Điều kiện của vòng trước");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agreeWithConditions", Map.of("conditions", "Điều kiện vòng một"));
        complete(id, "appraiseProposal", APPRAISER, "returnForRevision", Map.of("revisionRequest", "Sửa phương án vốn"));
        // The officer revising sees what the appraisal asked for.
        assertThat(earlier(id, "reviseProposal", OFFICER)).singleElement().satisfies(r ->
                assertThat(r.get("fields")).asString().contains("Nội dung cần chỉnh sửa", "Sửa phương án vốn"));
        complete(id, "reviseProposal", OFFICER, "resubmit", Map.of());
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt"));
        complete(id, "approveProposal", APPROVER, "approve", approval());

        assertThat(column(records(id, OFFICER), "outcome")).containsSubsequence("agreeWithConditions", "agree");
        assertThat(proposalOf(id).getList("decision.conditions")).isEmpty();
    }

    @Test
    void anAgencySilentAtTheDeadlineIsRecordedWithoutAnAnswer() {
        long id = submitted("PROJECT", "Cơ quan không trả lời");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA", "SYT")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId("opinionDeadline").singleResult();
        // The engine keeps milliseconds.
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        engine.getManagementService().executeJob(deadline.getId());
        Instant after = Instant.now();

        Map<String, Object> silent = only(earlier(id, "appraiseProposal", APPRAISER), "giveOpinion", "SYT");
        assertThat(silent).containsEntry("outcome", null).containsEntry("author", null).containsEntry("fields", List.of());
        assertThat(Instant.parse((String) silent.get("at"))).isBetween(before, after);
    }

    @Test
    void onlyThoseWhoMaySeeTheProposalReadItsRecords() {
        long draft = createDraft(proposal("PROJECT", "Dự thảo chưa trình"));
        assertThat(records(draft, OFFICER)).isEmpty();
        as(APPRAISER).get("/api/proposals/" + draft + "/records").then().statusCode(403);
        RestAssured.given().get("/api/proposals/" + draft + "/records").then().statusCode(401);
        as(ADMIN).get("/api/proposals/987654321/records").then().statusCode(404);

        long asked = submitted("PROJECT", "Chỉ Công an được hỏi");
        complete(asked, "checkDossier", APPRAISER, "complete", Map.of());
        complete(asked, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        assertThat(records(asked, CONSULTEE_POLICE)).hasSize(2);
        as(CONSULTEE_HEALTH).get("/api/proposals/" + asked + "/records").then().statusCode(403);
    }
}
