package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** {@code GET /api/proposals?mine=true}: an officer's own proposals, drafts and submitted alike. */
@QuarkusTest
class MyProposalsTest {

    private static long create(String user, String title, boolean submit) {
        Map<String, Object> body = proposal("PROJECT", title);
        return ((Number) as(user).body(body).post("/api/proposals" + (submit ? "?submit=true" : "")).then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private static List<Long> ids(String user, String tag, Map<String, Object> params) {
        return as(user).queryParam("q", tag).queryParams(params).queryParam("size", 200).get("/api/proposals")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    @Test
    void mineListsOnlyTheCallersOwnProposals() {
        String tag = "riêng-" + UUID.randomUUID().toString().substring(0, 8);
        long myDraft = create(OFFICER, "Nháp của tôi " + tag, false);
        long mySubmitted = create(OFFICER, "Đã nộp của tôi " + tag, true);
        long theirDraft = create(OFFICER_2, "Nháp của đồng nghiệp " + tag, false);
        long theirSubmitted = create(OFFICER_2, "Đã nộp của đồng nghiệp " + tag, true);

        // Without the filter an officer sees every submitted proposal and its own drafts.
        assertThat(ids(OFFICER, tag, Map.of())).containsExactlyInAnyOrder(myDraft, mySubmitted, theirSubmitted);
        assertThat(ids(OFFICER, tag, Map.of("mine", true))).containsExactlyInAnyOrder(myDraft, mySubmitted);
        assertThat(ids(OFFICER_2, tag, Map.of("mine", true))).containsExactlyInAnyOrder(theirDraft, theirSubmitted);
        assertThat(ids(OFFICER, tag, Map.of("mine", true, "status", "DRAFT"))).containsExactly(myDraft);
        assertThat(ids(OFFICER, tag, Map.of("mine", false))).hasSize(3);
        // Someone who owns nothing gets nothing, not everything.
        assertThat(ids(APPRAISER, tag, Map.of("mine", true))).isEmpty();
        as(OFFICER).queryParam("q", tag).queryParam("mine", true).get("/api/proposals").then().statusCode(200)
                .body("total", equalTo(2)).body("items.owner", everyItem(equalTo(OFFICER)));
    }

    @Test
    void mineMustBeABoolean() {
        as(OFFICER).queryParam("mine", "yes please").get("/api/proposals").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("mine"));
    }
}
