package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vientro.support.NationalDay2031;
import vn.vientro.support.TestClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * {@code openSteps} of the diagram: each open task with its due date and working days used and allowed, worked out
 * by hand on a fixed clock around National Day 2031 ({@link NationalDay2031}).
 */
@QuarkusTest
class OpenStepsTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

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
        try (var holidays = NationalDay2031.holidays()) {
            clock.set(LocalDateTime.of(2031, 8, 28, 9, 0));
            long id = submitted(NationalDay2031.proposal("PROJECT", "Dự án theo dõi thời hạn kiểm tra hồ sơ"));
            Map<String, Object> check = onlyStep(id, "checkDossier");
            assertThat(check).containsEntry("taskKey", "checkDossier").containsEntry("nameVi", "Kiểm tra hồ sơ")
                    .containsEntry("nameEn", "Check the dossier").containsEntry("workingDaysAllowed", 3)
                    .containsEntry("workingDaysUsed", 0).containsEntry("overdue", false);
            assertThat(check.get("taskId")).isEqualTo(task(id, "checkDossier", APPRAISER));
            assertThat(instant(check, "startedAt")).isEqualTo(clock.instant());
            // 3 working days: Fri 29 Aug (1), Wed 3 (2), Thu 4 Sep (3)
            assertThat(instant(check, "dueAt")).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 4)));

            // The check takes one working day, then the dossier goes back to the officer.
            clock.set(LocalDateTime.of(2031, 8, 29, 10, 0));
            assertThat(onlyStep(id, "checkDossier")).containsEntry("workingDaysUsed", 1);
            complete(id, "checkDossier", APPRAISER, "incomplete", Map.of("missingItems", "Thư cam kết"));
            Map<String, Object> supplement = onlyStep(id, "supplementDossier");
            assertThat(supplement).containsEntry("workingDaysAllowed", 10).containsEntry("workingDaysUsed", 0);
            // 10 working days from Fri 29 Aug: Wed 3 (1), Thu 4 (2), Fri 5 (3), Mon 8-Fri 12 (8), Mon 15 (9), Tue 16 Sep (10)
            assertThat(instant(supplement, "dueAt")).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 16)));

            // Back on Wednesday 3 September: one working day with the officer (the holidays do not count), none
            // for the check, which keeps the day it used.
            clock.set(LocalDateTime.of(2031, 9, 3, 9, 0));
            assertThat(onlyStep(id, "supplementDossier")).containsEntry("workingDaysUsed", 1);
            complete(id, "supplementDossier", OFFICER, "resubmit", Map.of());
            Map<String, Object> again = onlyStep(id, "checkDossier");
            assertThat(again).containsEntry("workingDaysAllowed", 3).containsEntry("workingDaysUsed", 1)
                    .containsEntry("overdue", false);
            // 3 - 1 = 2 working days from Wed 3 Sep: Thu 4 (1), Fri 5 Sep (2)
            assertThat(instant(again, "dueAt")).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 5)));
        }
    }

    @Test
    void parallelOpinionsAndTheAppraisalClockFromTheCompleteDossier() {
        try (var holidays = NationalDay2031.holidays()) {
            clock.set(LocalDateTime.of(2031, 8, 28, 9, 0));
            long id = submitted(NationalDay2031.proposal("PROGRAMME", "Chương trình theo dõi thời hạn thẩm định"));
            complete(id, "checkDossier", APPRAISER, "complete", Map.of());
            assertThat(onlyStep(id, "collectOpinions")).containsEntry("workingDaysAllowed", 2);
            complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA", "SYT")));

            List<Map<String, Object>> opinions = openSteps(id, APPRAISER);
            assertThat(opinions).hasSize(2).allSatisfy(s -> assertThat(s).containsEntry("activityId", "giveOpinion")
                    .containsEntry("workingDaysAllowed", 7).containsEntry("workingDaysUsed", 0));
            assertThat(opinions).extracting(s -> s.get("taskId")).doesNotHaveDuplicates();
            // The agencies answer on Monday 8 September.
            clock.set(LocalDateTime.of(2031, 9, 8, 10, 0));
            complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
            complete(id, "giveOpinion", CONSULTEE_HEALTH, "agree", Map.of());

            // The appraisal's clock started with the complete dossier, Thu 28 Aug, and counts in days (Decree 80/2020
            // Art. 10(6): "20 ngày"): by Mon 8 Sep it has used 11 days (29, 30, 31 Aug and 1 to 8 Sep).
            Map<String, Object> appraisal = onlyStep(id, "appraiseProposal");
            assertThat(appraisal).containsEntry("workingDaysAllowed", 20).containsEntry("workingDaysUsed", 11)
                    .containsEntry("unit", "DAYS").containsEntry("overdue", false);
            // 20 days from Thu 28 Aug = Wed 17 Sep, a working day (in working days it was Mon 29 Sep).
            assertThat(instant(appraisal, "dueAt")).isEqualTo(TestClock.closeOf(LocalDate.of(2031, 9, 17)));

            // On Thursday 18 September it is late, with 21 days used.
            clock.set(LocalDateTime.of(2031, 9, 18, 10, 0));
            assertThat(onlyStep(id, "appraiseProposal")).containsEntry("workingDaysUsed", 21).containsEntry("overdue", true);
        }
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
