package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vientro.support.DaysOff;
import vn.vientro.support.NationalDay2031;
import vn.vientro.support.TestClock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** Every route of the aid-proposal process, driven through the HTTP API against the real engine and PostgreSQL. */
@QuarkusTest
class ProposalWorkflowTest {

    @Inject
    ProcessEngine engine;

    @Inject
    TestClock clock;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @AfterEach
    void resetAssertions() {
        reset();
        clock.reset();
    }

    private ProcessInstance instance(long proposalId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(proposalId)).singleResult();
    }

    private void fireTimer(long proposalId, String timerId) {
        String pid = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(proposalId)).singleResult().getId();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pid).activityId(timerId).singleResult();
        assertThat(timer).as("timer " + timerId).isNotNull();
        execute(timer);
    }

    @Test
    void approvedAfterConsultingAnAgency() {
        long id = submitted("PROJECT", "Dự án nước sạch cho xã Bến Cầu");
        BpmnAwareTests.assertThat(instance(id)).isWaitingAt("checkDossier");
        assertThat(status(id)).isEqualTo("CHECKING");

        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        assertThat(status(id)).isEqualTo("CONSULTING");
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đủ điều kiện."));
        assertThat(status(id)).isEqualTo("AWAITING_APPROVAL");
        complete(id, "approveProposal", APPROVER, "approve", approval());

        JsonPath p = proposalOf(id);
        assertThat(p.getString("status")).isEqualTo("APPROVED");
        assertThat(p.getString("statusLabelVi")).isEqualTo("Đã phê duyệt");
        assertThat(p.getString("decision.number")).isEqualTo("2468/QĐ-UBND");
        assertThat(p.getString("decision.signer")).isEqualTo("Chủ tịch UBND tỉnh");
        assertThat(p.getList("opinions.outcome")).containsExactly("AGREE");
        assertThat(p.getList("opinions.answeredBy")).containsExactly(CONSULTEE_POLICE);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getEndActivityId()).isEqualTo("proposalApproved");

        JsonPath timeline = as(OFFICER).get("/api/proposals/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("activityId")).contains("checkDossier", "collectOpinions", "giveOpinion",
                "appraiseProposal", "approveProposal", "proposalApproved");
        assertThat(timeline.getList("type")).contains("CREATED", "SUBMITTED");
        Map<String, Object> approval = timeline.getList("findAll { it.activityId == 'approveProposal' }", Map.class).get(0);
        assertThat(approval).containsEntry("actor", APPROVER).containsEntry("outcome", "approve");
        assertThat(approval.get("durationMillis")).isNotNull();

        JsonPath diagram = as(OFFICER).get("/api/proposals/" + id + "/diagram").then().statusCode(200).extract().jsonPath();
        assertThat(diagram.getString("bpmnXml")).contains("id=\"aidProposal\"", "BPMNDiagram");
        assertThat(diagram.getList("activeActivityIds")).isEmpty();
        assertThat(diagram.getList("completedActivityIds")).contains("checkDossier", "approveProposal", "proposalApproved");
    }

    @Test
    void rejectedByTheCommittee() {
        long id = submitted("NON_PROJECT", "Trang thiết bị y tế cho trạm y tế xã");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("SYT")));
        complete(id, "giveOpinion", CONSULTEE_HEALTH, "disagree", Map.of("reasons", "Thiết bị đã qua sử dụng."));
        complete(id, "appraiseProposal", APPRAISER, "recommendRejection", Map.of("appraisalSummary", "Không phù hợp."));
        complete(id, "approveProposal", APPROVER, "reject", Map.of("rejectionReason", "Thiết bị không đạt chuẩn."));

        JsonPath p = proposalOf(id);
        assertThat(p.getString("status")).isEqualTo("REJECTED");
        assertThat(p.getString("closingReason")).isEqualTo("Thiết bị không đạt chuẩn.");
        assertThat(p.getList("opinions.outcome")).containsExactly("DISAGREE");
    }

    @Test
    void sentBackToAppraisalThenApproved() {
        long id = submitted("PROJECT", "Dự án sinh kế cho phụ nữ nghèo");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt."));
        complete(id, "approveProposal", APPROVER, "sendBack", Map.of("sendBackReason", "Làm rõ vốn đối ứng."));
        assertThat(status(id)).isEqualTo("APPRAISING");
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đã làm rõ."));
        complete(id, "approveProposal", APPROVER, "approve", approval());
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void supplementLoopStopsTheCheckClockAndLetsTheOfficerEdit() {
        long id = submitted("PROJECT", "Dự án giảm nghèo bền vững");
        complete(id, "checkDossier", APPRAISER, "incomplete", Map.of("missingItems", "Thiếu thư cam kết tài trợ."));
        assertThat(status(id)).isEqualTo("SUPPLEMENT_REQUESTED");
        BpmnAwareTests.assertThat(instance(id)).isWaitingAt("supplementDossier").task().isAssignedTo(OFFICER);

        // While the dossier is with the officer, the officer may edit it and add the missing letter.
        JsonPath current = proposalOf(id);
        Map<String, Object> body = proposal("PROJECT", "Dự án giảm nghèo bền vững (bổ sung)");
        body.put("version", current.getLong("version"));
        as(OFFICER).body(body).put("/api/proposals/" + id).then().statusCode(200)
                .body("titleVi", equalTo("Dự án giảm nghèo bền vững (bổ sung)"));
        upload(OFFICER).multiPart("type", "DONOR_COMMITMENT")
                .multiPart("file", "thu-cam-ket.pdf", "%PDF-1.4 cam kết".getBytes(), "application/pdf")
                .post("/api/proposals/" + id + "/documents").then().statusCode(201);

        complete(id, "supplementDossier", OFFICER, "resubmit", Map.of());
        BpmnAwareTests.assertThat(instance(id)).isWaitingAt("checkDossier");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        BpmnAwareTests.assertThat(instance(id)).isWaitingAt("collectOpinions");
        // Once back in the workflow, the officer can no longer edit.
        body.put("version", proposalOf(id).getLong("version"));
        as(OFFICER).body(body).put("/api/proposals/" + id).then().statusCode(409);
    }

    /** A Monday a few weeks ahead whose three weeks have no holiday, so working days are plain weekdays. */
    private static LocalDate mondayOfThreeOrdinaryWeeks() {
        LocalDate monday = today().plusWeeks(2).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        Set<LocalDate> holidays = DaysOff.ofYears(monday, monday.plusYears(1));
        while (true) {
            LocalDate from = monday;
            if (holidays.stream().noneMatch(h -> !h.isBefore(from) && h.isBefore(from.plusWeeks(3)))) {
                return monday;
            }
            monday = monday.plusWeeks(1);
        }
    }

    private Number checkDaysUsed(long proposalId) {
        return (Number) engine.getRuntimeService().getVariable(instance(proposalId).getId(), "checkDaysUsed");
    }

    private static Map<String, Object> openStep(long proposalId) {
        List<Map<String, Object>> steps = as(OFFICER).get("/api/proposals/" + proposalId + "/diagram").then().statusCode(200)
                .extract().path("openSteps");
        assertThat(steps).hasSize(1);
        return steps.get(0);
    }

    @Test
    void theCheckClockStopsWhileTheDossierIsAway() {
        LocalDate monday = mondayOfThreeOrdinaryWeeks();
        clock.set(monday.atTime(9, 0));
        long id = submitted("PROJECT", "Dự án đo đồng hồ kiểm tra hồ sơ");
        assertThat(openStep(id)).containsEntry("activityId", "checkDossier").containsEntry("workingDaysUsed", 0);

        // The check takes two working days (Monday to Wednesday), then the dossier goes back to the officer.
        clock.advance(Duration.ofDays(2));
        assertThat(openStep(id)).containsEntry("workingDaysUsed", 2);
        complete(id, "checkDossier", APPRAISER, "incomplete", Map.of("missingItems", "Thiếu thư cam kết."));
        assertThat(checkDaysUsed(id).longValue()).isEqualTo(2);

        // A week with the officer (five working days) does not count against the check.
        clock.advance(Duration.ofDays(7));
        assertThat(openStep(id)).containsEntry("activityId", "supplementDossier").containsEntry("workingDaysUsed", 5);
        complete(id, "supplementDossier", OFFICER, "resubmit", Map.of());
        assertThat(checkDaysUsed(id).longValue()).isEqualTo(2);
        Map<String, Object> again = openStep(id);
        assertThat(again).containsEntry("activityId", "checkDossier").containsEntry("workingDaysUsed", 2)
                .containsEntry("workingDaysAllowed", 3).containsEntry("overdue", false);
        // One working day of three is left: due at the close of Thursday, the day after the dossier came back.
        Instant thursdayClose = monday.plusDays(10).atTime(17, 0).atZone(TestClock.PROVINCE).toInstant();
        assertThat(Instant.parse((String) again.get("dueAt"))).isEqualTo(thursdayClose);

        // The clock runs again: a working day later the check has used all three days, and after the close it is late.
        clock.advance(Duration.ofDays(1));
        assertThat(openStep(id)).containsEntry("workingDaysUsed", 3).containsEntry("overdue", false);
        clock.set(thursdayClose.plus(Duration.ofHours(1)));
        assertThat(openStep(id)).containsEntry("overdue", true);

        // Complete: the check round is over and the appraisal clock starts from the complete dossier.
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        assertThat(checkDaysUsed(id).longValue()).isZero();
        assertThat(((java.util.Date) engine.getRuntimeService().getVariable(instance(id).getId(), "dossierCompletedAt"))
                .toInstant()).isEqualTo(thursdayClose.plus(Duration.ofHours(1)));
    }

    @Test
    void revisionLoopReturnsToTheDossierCheck() {
        long id = submitted("PROGRAMME", "Chương trình phòng chống HIV/AIDS");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("SYT")));
        complete(id, "giveOpinion", CONSULTEE_HEALTH, "agreeWithConditions", Map.of("conditions", "Bảo mật thông tin bệnh nhân."));
        complete(id, "appraiseProposal", APPRAISER, "returnForRevision", Map.of("revisionRequest", "Bổ sung kế hoạch giám sát."));
        assertThat(status(id)).isEqualTo("REVISION_REQUESTED");
        complete(id, "reviseProposal", OFFICER, "resubmit", Map.of());
        BpmnAwareTests.assertThat(instance(id)).isWaitingAt("checkDossier");
        assertThat(status(id)).isEqualTo("CHECKING");
    }

    @Test
    void anAgencyThatMissesTheDeadlineIsRecordedAsNoOpinion() {
        long id = submitted("PROJECT", "Dự án rà phá bom mìn");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA", "SYT")));
        complete(id, "giveOpinion", CONSULTEE_HEALTH, "agree", Map.of());
        BpmnAwareTests.assertThat(instance(id)).isWaitingAt("giveOpinion");

        fireTimer(id, "opinionDeadline");

        BpmnAwareTests.assertThat(instance(id)).isWaitingAt("appraiseProposal");
        JsonPath p = proposalOf(id);
        assertThat(p.getList("opinions.findAll { it.agency == 'CA' }.outcome")).containsExactly("NO_OPINION");
        assertThat(p.getList("opinions.findAll { it.agency == 'SYT' }.outcome")).containsExactly("AGREE");
        // The police can still read the proposal it was asked about, but has no task left.
        as(CONSULTEE_POLICE).get("/api/proposals/" + id).then().statusCode(200);
        as(CONSULTEE_POLICE).queryParam("proposalId", id).get("/api/tasks").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theOfficerMayWithdrawWhileTheDossierIsWithThem() {
        long id = submitted("PROJECT", "Dự án sẽ bị rút");
        complete(id, "checkDossier", APPRAISER, "incomplete", Map.of("missingItems", "Thiếu bản dịch công chứng."));
        completeTask(task(id, "supplementDossier", OFFICER), OFFICER, "withdraw", Map.of()).then().statusCode(400)
                .body("violations[0].field", equalTo("fields.withdrawalReason"));
        complete(id, "supplementDossier", OFFICER, "withdraw", Map.of("withdrawalReason", "Nhà tài trợ đổi kế hoạch."));
        JsonPath p = proposalOf(id);
        assertThat(p.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(p.getString("closingReason")).isEqualTo("Nhà tài trợ đổi kế hoạch.");
        BpmnAwareTests.assertThat(instance(id)).isNull();
    }

    private static Instant dueAt(String taskId, String user) {
        return Instant.parse(as(user).get("/api/tasks/" + taskId).then().statusCode(200).extract().path("dueAt"));
    }

    @Test
    void emergencyReliefSkipsConsultationOnTheShortDeadlines() {
        try (var holidays = NationalDay2031.holidays()) {
            clock.set(LocalDateTime.of(2031, 8, 29, 9, 0));
            long id = submitted(NationalDay2031.proposal("EMERGENCY_RELIEF", "Cứu trợ khẩn cấp sau lũ"));
            // 1 working day from Fri 29 Aug: the weekend and the holidays of Mon 1 and Tue 2 Sep do not count, Wed 3 Sep
            assertThat(dueAt(task(id, "checkDossier", APPRAISER), APPRAISER)).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 3)));

            complete(id, "checkDossier", APPRAISER, "complete", Map.of());
            BpmnAwareTests.assertThat(instance(id)).isWaitingAt("appraiseProposal");
            BpmnAwareTests.assertThat(instance(id)).hasNotPassed("collectOpinions");
            // 1 working day from the complete dossier, Fri 29 Aug: Wed 3 Sep
            assertThat(dueAt(task(id, "appraiseProposal", APPRAISER), APPRAISER)).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 3)));

            clock.set(LocalDateTime.of(2031, 9, 3, 10, 0));
            complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Khẩn cấp."));
            // 1 working day from Wed 3 Sep: Thu 4 Sep
            assertThat(dueAt(task(id, "approveProposal", APPROVER), APPROVER)).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 4)));
            Map<String, Object> decision = new HashMap<>(approval());
            decision.put("decisionDate", "2031-09-03");
            complete(id, "approveProposal", APPROVER, "approve", decision);
            assertThat(status(id)).isEqualTo("APPROVED");
        }
    }

    @Test
    void aRegularProposalGetsTwentyDaysForAppraisalFromTheCompleteDossier() {
        try (var holidays = NationalDay2031.holidays()) {
            clock.set(LocalDateTime.of(2031, 8, 28, 9, 0));
            long id = submitted(NationalDay2031.proposal("PROJECT", "Dự án đo thời hạn thẩm định"));
            complete(id, "checkDossier", APPRAISER, "complete", Map.of());
            complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
            // The police answer on Monday 8 September; the appraisal counts from the complete dossier all the same.
            clock.set(LocalDateTime.of(2031, 9, 8, 10, 0));
            complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
            // Decree 80/2020 Art. 10(6): 20 days (ngày), weekends and holidays included: Thu 28 Aug + 20 = Wed 17 Sep, a
            // working day. (In working days it was Mon 29 Sep.)
            assertThat(dueAt(task(id, "appraiseProposal", APPRAISER), APPRAISER)).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 17)));
        }
    }

    @Test
    void anOverdueTaskIsEscalatedAndShownInTheInbox() {
        long id = submitted("PROJECT", "Dự án quá hạn kiểm tra");
        fireTimer(id, "checkDossierOverdue");

        BpmnAwareTests.assertThat(instance(id)).isWaitingAt("checkDossier");
        as(APPRAISER).queryParam("proposalId", id).get("/api/tasks").then().statusCode(200)
                .body("items[0].key", equalTo("checkDossier"))
                .body("items[0].escalatedAt", notNullValue());
        as(OFFICER).get("/api/proposals/" + id + "/timeline").then().statusCode(200)
                .body("findAll { it.type == 'OVERDUE' }.activityId", hasItem("checkDossier"));
    }
}
