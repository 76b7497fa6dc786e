package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The timeline reads as it happened: the submission first, then the steps it started, each step when it was done;
 * what people did by hand (a claim, a hand-back) is an entry of its own, completing a task is one entry.
 */
@QuarkusTest
class TimelineOrderTest {

    private static List<Map<String, Object>> timeline(long id) {
        return as(OFFICER).get("/api/proposals/" + id + "/timeline").then().statusCode(200).extract().path("$");
    }

    private static List<String> types(List<Map<String, Object>> timeline) {
        return timeline.stream().map(e -> (String) e.get("type")).toList();
    }

    @RepeatedTest(3)
    void theSubmissionComesBeforeTheFirstStep() {
        long id = submitted("PROJECT", "Đề xuất kiểm tra thứ tự dòng thời gian");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        List<Map<String, Object>> timeline = timeline(id);
        List<String> types = types(timeline);
        assertThat(types).startsWith("CREATED", "SUBMITTED", "startEvent", "businessRuleTask", "userTask");
        assertThat(types.indexOf("SUBMITTED")).isLessThan(types.indexOf("startEvent"));
        List<Instant> times = timeline.stream().map(e -> Instant.parse((String) e.get("at"))).toList();
        assertThat(times).isSorted();
    }

    @Test
    void aStepIsEnteredWhenItWasDoneAfterTheClaimMadeForIt() throws InterruptedException {
        long id = submitted("PROJECT", "Bước ghi vào lúc hoàn thành");
        String check = task(id, "checkDossier", APPRAISER);
        Thread.sleep(20);
        as(APPRAISER).post("/api/tasks/" + check + "/claim").then().statusCode(200);
        Thread.sleep(20);
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());

        List<Map<String, Object>> timeline = timeline(id);
        Map<String, Object> done = timeline.stream().filter(e -> "checkDossier".equals(e.get("activityId"))
                && "userTask".equals(e.get("type"))).findFirst().orElseThrow();
        assertThat(done.get("at")).isEqualTo(done.get("endedAt"));
        assertThat(Instant.parse((String) done.get("at"))).isAfterOrEqualTo(before);
        assertThat(Instant.parse((String) done.get("startedAt"))).isBefore(before);
        // The claim came between the step's start and its end: the timeline shows it first, then the step done.
        List<String> types = types(timeline);
        assertThat(types.indexOf("TASK_CLAIMED")).isLessThan(timeline.indexOf(done));
        // The step that opened when this one was done is entered when it started (it is still open).
        Map<String, Object> open = timeline.get(timeline.size() - 1);
        assertThat(open).containsEntry("activityId", "collectOpinions").containsEntry("endedAt", null);
        assertThat(open.get("at")).isEqualTo(open.get("startedAt"));
    }

    @Test
    void completingAnUnclaimedTaskAddsNoClaimAndAHandBackStays() {
        long id = submitted("PROJECT", "Hoàn thành không cần nhận việc");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        String collect = task(id, "collectOpinions", APPRAISER);
        as(APPRAISER).post("/api/tasks/" + collect + "/claim").then().statusCode(200);
        as(APPRAISER).post("/api/tasks/" + collect + "/unclaim").then().statusCode(204);
        // A refused completion changes nothing: still unclaimed, nothing in the timeline.
        completeTask(collect, APPRAISER, "send", Map.of("agencies", List.of("XYZ"))).then().statusCode(400);
        as(APPRAISER).get("/api/tasks/" + collect).then().statusCode(200).body("assignee", org.hamcrest.Matchers.nullValue());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));

        List<String> types = types(timeline(id));
        assertThat(types.stream().filter("TASK_CLAIMED"::equals)).hasSize(1);
        assertThat(types.stream().filter("TASK_UNCLAIMED"::equals)).hasSize(1);
        assertThat(types.indexOf("TASK_UNCLAIMED")).isGreaterThan(types.indexOf("TASK_CLAIMED"));
    }
}
