package vn.vientro.task;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** The inbox: filter, sort and paginate; what is shown with each task. */
@QuarkusTest
class InboxTest {

    @Test
    void filtersSortsAndPaginates() {
        String tag = "Hộp thư " + UUID.randomUUID().toString().substring(0, 8);
        long first = submitted("PROJECT", tag + " một");
        long second = submitted("EMERGENCY_RELIEF", tag + " hai");
        long third = submitted("PROJECT", tag + " ba");

        as(APPRAISER).queryParam("q", tag.toLowerCase()).get("/api/tasks").then().statusCode(200)
                .body("total", equalTo(3)).body("items.proposal.id", containsInAnyOrder((int) first, (int) second, (int) third))
                .body("items[0].key", equalTo("checkDossier"))
                .body("items[0].nameVi", equalTo("Kiểm tra hồ sơ")).body("items[0].nameEn", equalTo("Check the dossier"))
                .body("items[0].outcomes.id", contains("complete", "incomplete"))
                .body("items[0].outcomes[1].fields[0].name", equalTo("missingItems"))
                .body("items[0].overdue", equalTo(false));

        List<Integer> newestFirst = as(APPRAISER).queryParam("q", tag).queryParam("sort", "CREATED").queryParam("desc", true)
                .get("/api/tasks").then().statusCode(200).extract().path("items.proposal.id");
        assertThat(newestFirst).containsExactly((int) third, (int) second, (int) first);

        // Emergency relief is due sooner (1 working day) than a project's check (3): first by due date.
        as(APPRAISER).queryParam("q", tag).get("/api/tasks").then().body("items[0].proposal.id", equalTo((int) second));

        as(APPRAISER).queryParam("q", tag).queryParam("size", 2).queryParam("page", 1).get("/api/tasks").then()
                .body("total", equalTo(3)).body("items", hasSize(1)).body("page", equalTo(1));
        as(APPRAISER).queryParam("q", tag).queryParam("kind", "EMERGENCY_RELIEF").get("/api/tasks").then()
                .body("total", equalTo(1)).body("items[0].proposal.kind", equalTo("EMERGENCY_RELIEF"));
        as(APPRAISER).queryParam("q", tag).queryParam("overdue", true).get("/api/tasks").then().body("total", equalTo(0));
        as(APPRAISER).queryParam("size", 500).get("/api/tasks").then().statusCode(400);
        // The officer does not see the appraiser's tasks; the approver has none for these yet.
        as(OFFICER).queryParam("q", tag).get("/api/tasks").then().body("total", equalTo(0));
        as(APPROVER).queryParam("q", tag).get("/api/tasks").then().body("total", equalTo(0));
    }

    @Test
    void aClaimedTaskLeavesTheOtherCandidatesInboxes() {
        String tag = "Nhận việc " + UUID.randomUUID().toString().substring(0, 8);
        long id = submitted("PROJECT", tag);
        String check = task(id, "checkDossier", APPRAISER);
        vn.vientro.support.Fixtures.user("thamdinh4.stc", "appraiser", "STC", "appraiser,consultee");
        as(APPRAISER).post("/api/tasks/" + check + "/claim").then().statusCode(200);
        as("thamdinh4.stc").queryParam("proposalId", id).get("/api/tasks").then().body("total", equalTo(0));
        as(APPRAISER).queryParam("proposalId", id).get("/api/tasks").then().body("items[0].assignee", equalTo(APPRAISER));
        as(APPRAISER).post("/api/tasks/" + check + "/unclaim").then().statusCode(204);
        as("thamdinh4.stc").queryParam("proposalId", id).get("/api/tasks").then().body("total", equalTo(1));
    }

    @Test
    void aTaskSaysWhetherItsStepLetsTheOwnerEditTheProposalAndWhetherItIsShared() {
        long id = submitted("PROJECT", "Sửa hồ sơ " + UUID.randomUUID().toString().substring(0, 8));
        String check = task(id, "checkDossier", APPRAISER);
        as(APPRAISER).get("/api/tasks/" + check).then().statusCode(200).body("editsProposal", equalTo(false)).body("shared", equalTo(true));
        complete(id, "checkDossier", APPRAISER, "incomplete", java.util.Map.of("missingItems", "Thư cam kết"));
        String supplement = task(id, "supplementDossier", OFFICER);
        as(OFFICER).get("/api/tasks/" + supplement).then().statusCode(200)
                .body("key", equalTo("supplementDossier")).body("editsProposal", equalTo(true)).body("shared", equalTo(false));
    }

    @Test
    void theStepsOfTheLatestProcessesAreListedForTheFilter() {
        as(APPRAISER).get("/api/tasks/steps").then().statusCode(200)
                .body("key", hasItems("checkDossier", "collectOpinions", "giveOpinion", "appraiseProposal", "approveProposal"))
                .body("find { it.key == 'giveOpinion' }.nameVi", equalTo("Cho ý kiến"))
                .body("find { it.key == 'giveOpinion' }.nameEn", equalTo("Give a written opinion"));
        as(LEADERSHIP).get("/api/tasks/steps").then().statusCode(403);
    }
}
