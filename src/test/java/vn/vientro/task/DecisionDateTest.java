package vn.vientro.task;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** A decision is dated between the submission (or the amendment's request) and today, in the province's time zone. */
@QuarkusTest
class DecisionDateTest {

    private static Map<String, Object> approvalOn(LocalDate date) {
        Map<String, Object> fields = new HashMap<>(vn.vientro.support.Api.approval());
        fields.put("decisionDate", date.toString());
        return fields;
    }

    /** Refused at the field, with the code and the day a message needs (ISO, for the pages to write their way). */
    private static void refused(String taskId, String user, Map<String, Object> fields, String reason, String code,
                                Map<String, Object> values) {
        completeTask(taskId, user, "approve", fields).then().statusCode(400)
                .body("violations.field", contains("fields.decisionDate"))
                .body("violations[0].message", containsString(reason))
                .body("violations[0].code", equalTo(code)).body("violations[0].values", equalTo(values));
    }

    @Test
    void anApprovalIsNotDatedBeforeTheSubmissionNorInTheFuture() {
        long id = submitted("PROJECT", "Đề xuất kiểm tra ngày quyết định");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt"));
        String approve = task(id, "approveProposal", APPROVER);

        // submitted today, so today is both the earliest and the latest decision date
        refused(approve, APPROVER, approvalOn(today().minusDays(1)), "the day it was submitted", "before-submission",
                Map.of("date", today().toString()));
        refused(approve, APPROVER, approvalOn(today().plusDays(1)), "in the future", "in-future",
                Map.of("today", today().toString()));
        completeTask(approve, APPROVER, "approve", approvalOn(today())).then().statusCode(204);
        org.assertj.core.api.Assertions.assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void anAmendmentDecisionIsNotDatedBeforeItsRequestNorInTheFuture() {
        long id = approvedProject(proposal("PROJECT", "Dự án kiểm tra ngày quyết định điều chỉnh"), "2025-05-05");
        as(OFFICER).body(Map.of("newAmount", 150_000, "reason", "Nhà tài trợ tăng vốn"))
                .post("/api/projects/" + id + "/amendments").then().statusCode(201);
        String approve = task(id, "approveAmendment", APPROVER);

        refused(approve, APPROVER, Map.of("decisionNumber", "5/QĐ", "decisionDate", "2025-06-01"), "before",
                "before-submission", Map.of("date", today().toString()));
        refused(approve, APPROVER, Map.of("decisionNumber", "5/QĐ", "decisionDate", today().plusDays(1).toString()),
                "in the future", "in-future", Map.of("today", today().toString()));
        completeTask(approve, APPROVER, "approve", Map.of("decisionNumber", "5/QĐ", "decisionDate", today().toString()))
                .then().statusCode(204);
        as(OFFICER).get("/api/projects/" + id + "/amendments").then().body("[0].status", equalTo("APPROVED"))
                .body("[0].decisionDate", equalTo(today().toString()));
    }
}
