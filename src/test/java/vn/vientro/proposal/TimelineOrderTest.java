package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.RepeatedTest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/** The timeline reads as it happened: the submission first, then the steps it started. */
@QuarkusTest
class TimelineOrderTest {

    @RepeatedTest(3)
    void theSubmissionComesBeforeTheFirstStep() {
        long id = submitted("PROJECT", "Đề xuất kiểm tra thứ tự dòng thời gian");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        List<Map<String, Object>> timeline = as(OFFICER).get("/api/proposals/" + id + "/timeline").then().statusCode(200)
                .extract().path("$");
        List<String> types = timeline.stream().map(e -> (String) e.get("type")).toList();
        assertThat(types).startsWith("CREATED", "SUBMITTED", "startEvent", "businessRuleTask", "userTask");
        assertThat(types.indexOf("SUBMITTED")).isLessThan(types.indexOf("startEvent"));
        List<Instant> times = timeline.stream().map(e -> Instant.parse((String) e.get("at"))).toList();
        assertThat(times).isSorted();
    }
}
