package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.vientro.reference.service.WorkingDayCalendar;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/** {@code openSteps} of the diagram: each open task with its due date and working days used and allowed. */
@QuarkusTest
class OpenStepsTest {

    @Inject
    ProcessEngine engine;

    @Inject
    WorkingDayCalendar calendar;

    private static List<Map<String, Object>> openSteps(long id, String user) {
        return as(user).get("/api/proposals/" + id + "/diagram").then().statusCode(200).extract().path("openSteps");
    }

    private static Map<String, Object> onlyStep(long id, String key) {
        List<Map<String, Object>> steps = openSteps(id, OFFICER);
        assertThat(steps).extracting(s -> s.get("activityId")).containsExactly(key);
        return steps.get(0);
    }

    private static Instant instant(Map<String, Object> step, String field) {
        return Instant.parse((String) step.get(field));
    }

    @Test
    void theDossierCheckShowsItsDeadlineAndContinuesItsClockAfterASupplement() {
        long id = submitted("PROJECT", "Dự án theo dõi thời hạn kiểm tra hồ sơ");
        Map<String, Object> check = onlyStep(id, "checkDossier");
        assertThat(check).containsEntry("taskKey", "checkDossier").containsEntry("nameVi", "Kiểm tra hồ sơ")
                .containsEntry("nameEn", "Check the dossier").containsEntry("workingDaysAllowed", 3)
                .containsEntry("workingDaysUsed", 0).containsEntry("overdue", false);
        assertThat(check.get("taskId")).isEqualTo(task(id, "checkDossier", APPRAISER));
        assertThat(instant(check, "dueAt")).isEqualTo(calendar.dueAfter(instant(check, "startedAt"), 3).truncatedTo(ChronoUnit.MILLIS));

        complete(id, "checkDossier", APPRAISER, "incomplete", Map.of("missingItems", "Thư cam kết"));
        Map<String, Object> supplement = onlyStep(id, "supplementDossier");
        assertThat(supplement).containsEntry("workingDaysAllowed", 10).containsEntry("workingDaysUsed", 0);

        // As if the first check had taken two working days: the process banks them in checkDaysUsed.
        String pid = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        engine.getRuntimeService().setVariable(pid, "checkDaysUsed", 2L);
        complete(id, "supplementDossier", OFFICER, "resubmit", Map.of());
        Map<String, Object> again = onlyStep(id, "checkDossier");
        assertThat(again).containsEntry("workingDaysAllowed", 3).containsEntry("workingDaysUsed", 2)
                .containsEntry("overdue", false);
        // One working day left, so the new round is due one working day after it started.
        assertThat(instant(again, "dueAt")).isEqualTo(calendar.dueAfter(instant(again, "startedAt"), 1).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void parallelOpinionsAndTheAppraisalClockFromTheCompleteDossier() {
        long id = submitted("PROGRAMME", "Chương trình theo dõi thời hạn thẩm định");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        assertThat(onlyStep(id, "collectOpinions")).containsEntry("workingDaysAllowed", 2);
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA", "SYT")));

        List<Map<String, Object>> opinions = openSteps(id, APPRAISER);
        assertThat(opinions).hasSize(2).allSatisfy(s -> assertThat(s).containsEntry("activityId", "giveOpinion")
                .containsEntry("workingDaysAllowed", 7).containsEntry("workingDaysUsed", 0));
        assertThat(opinions).extracting(s -> s.get("taskId")).doesNotHaveDuplicates();
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "giveOpinion", CONSULTEE_HEALTH, "agree", Map.of());

        Map<String, Object> appraisal = onlyStep(id, "appraiseProposal");
        assertThat(appraisal).containsEntry("workingDaysAllowed", 20).containsEntry("workingDaysUsed", 0)
                .containsEntry("overdue", false);

        // Move the dossier's completion 40 days back and the task's due date with it: the appraisal is late.
        String pid = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        Instant completed = Instant.now().minus(40, ChronoUnit.DAYS);
        engine.getRuntimeService().setVariable(pid, "dossierCompletedAt", Date.from(completed));
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
        task.setDueDate(Date.from(calendar.dueAfter(completed, 20)));
        engine.getTaskService().saveTask(task);

        Map<String, Object> late = onlyStep(id, "appraiseProposal");
        long used = calendar.workingDaysUsed(completed, Instant.now());
        assertThat(used).isGreaterThan(20);
        assertThat(late).containsEntry("workingDaysUsed", (int) used).containsEntry("overdue", true);
    }

    @Test
    void nothingIsOpenBeforeSubmitOrAfterTheEnd() {
        long draft = createDraft(proposal("EMERGENCY_RELIEF", "Cứu trợ khẩn cấp chưa nộp"));
        assertThat(openSteps(draft, OFFICER)).isEmpty();

        long id = submitted("EMERGENCY_RELIEF", "Cứu trợ khẩn cấp theo dõi thời hạn");
        assertThat(onlyStep(id, "checkDossier")).containsEntry("workingDaysAllowed", 1);
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        assertThat(onlyStep(id, "appraiseProposal")).containsEntry("workingDaysAllowed", 1);
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Cấp bách."));
        assertThat(onlyStep(id, "approveProposal")).containsEntry("workingDaysAllowed", 1);
        complete(id, "approveProposal", APPROVER, "approve", approval());
        assertThat(openSteps(id, OFFICER)).isEmpty();
    }

    @Test
    void theDiagramKeepsTheProposalsVisibility() {
        long id = submitted("PROJECT", "Dự án kiểm tra quyền xem sơ đồ");
        as(CONSULTEE_POLICE).get("/api/proposals/" + id + "/diagram").then().statusCode(403);
        given().get("/api/proposals/" + id + "/diagram").then().statusCode(401);
        assertThat(openSteps(id, LEADERSHIP)).hasSize(1);
    }
}
