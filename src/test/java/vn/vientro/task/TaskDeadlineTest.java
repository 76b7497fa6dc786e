package vn.vientro.task;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vientro.support.Api.*;

/**
 * The read of one task names its time limit as the decision table gives it: the days, how they count and the article
 * they come from (bpmn/proposal-route.dmn: the appraisal's 20 days of Decree 80/2020 Art. 10(6); the dossier check's
 * 3 working days, an internal time limit with no article). The inbox's list leaves it out.
 */
@QuarkusTest
class TaskDeadlineTest {

    @Test
    void aTaskNamesTheArticleItsDeadlineComesFrom() {
        long id = submitted("PROJECT", "Dự án nêu căn cứ thời hạn");
        String check = task(id, "checkDossier", APPRAISER);
        as(APPRAISER).get("/api/tasks/" + check).then().statusCode(200)
                .body("deadline.days", equalTo(3)).body("deadline.unit", equalTo("WORKING_DAYS"))
                .body("deadline.basis", nullValue());
        as(APPRAISER).queryParam("proposalId", id).get("/api/tasks").then().statusCode(200)
                .body("items[0].deadline", nullValue());

        completeTask(check, APPRAISER, "complete", Map.of()).then().statusCode(204);
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        as(APPRAISER).get("/api/tasks/" + task(id, "appraiseProposal", APPRAISER)).then().statusCode(200)
                .body("deadline.days", equalTo(20)).body("deadline.unit", equalTo("DAYS"))
                .body("deadline.basis", equalTo("Điều 10 khoản 6 Nghị định 80/2020/NĐ-CP"));
    }
}
