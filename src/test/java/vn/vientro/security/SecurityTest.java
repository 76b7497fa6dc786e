package vn.vientro.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import org.junit.jupiter.api.Test;
import vn.vientro.support.Fixtures;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.*;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** Deny by default: every endpoint against every role, no token, an expired token and foreign keys. */
@QuarkusTest
class SecurityTest {

    private static final String OUR_ISSUER = "https://vientro.local/auth";
    private static final String EXTERNAL_ISSUER = "https://keycloak.test/realms/tayninh";

    private static final Map<String, String> USER_OF_ROLE = Map.of("officer", OFFICER, "appraiser", APPRAISER,
            "consultee", CONSULTEE_POLICE, "approver", APPROVER, "leadership", LEADERSHIP, "admin", ADMIN);

    private static final Set<String> ALL = Set.of("officer", "appraiser", "consultee", "approver", "leadership", "admin");
    private static final Set<String> WORKERS = Set.of("officer", "appraiser", "consultee", "approver");

    record Endpoint(String method, String path, Set<String> allowed, String contentType) {
        Endpoint(String method, String path, Set<String> allowed) {
            this(method, path, allowed, "application/json");
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/auth/me", ALL),
            new Endpoint("GET", "/api/ngos", ALL), new Endpoint("POST", "/api/ngos", Set.of("admin")),
            new Endpoint("PUT", "/api/ngos/1", Set.of("admin")), new Endpoint("DELETE", "/api/ngos/999999", Set.of("admin")),
            new Endpoint("GET", "/api/sectors", ALL), new Endpoint("POST", "/api/sectors", Set.of("admin")),
            new Endpoint("GET", "/api/admin-units", ALL), new Endpoint("POST", "/api/admin-units", Set.of("admin")),
            new Endpoint("GET", "/api/org-units", ALL), new Endpoint("POST", "/api/org-units", Set.of("admin")),
            new Endpoint("GET", "/api/holidays", ALL), new Endpoint("POST", "/api/holidays", Set.of("admin")),
            new Endpoint("GET", "/api/proposals", ALL), new Endpoint("POST", "/api/proposals", Set.of("officer")),
            new Endpoint("GET", "/api/proposals/999999", ALL), new Endpoint("PUT", "/api/proposals/999999", Set.of("officer")),
            new Endpoint("DELETE", "/api/proposals/999999", Set.of("officer")),
            new Endpoint("POST", "/api/proposals/999999/submit", Set.of("officer")),
            new Endpoint("GET", "/api/proposals/999999/documents", ALL),
            new Endpoint("GET", "/api/proposals/999999/timeline", ALL), new Endpoint("GET", "/api/proposals/999999/diagram", ALL),
            new Endpoint("GET", "/api/proposals/999999/checklist", ALL),
            new Endpoint("GET", "/api/proposals/999999/records", ALL),
            new Endpoint("GET", "/api/document-checklist?kind=PROJECT", ALL),
            new Endpoint("GET", "/api/users", Set.of("admin")), new Endpoint("POST", "/api/users", Set.of("admin")),
            new Endpoint("PUT", "/api/users/999999", Set.of("admin")),
            new Endpoint("GET", "/api/admin/audit/verify", Set.of("admin")),
            new Endpoint("GET", "/api/projects/999999/disbursements", Set.of("officer", "appraiser", "approver", "leadership", "admin")),
            new Endpoint("POST", "/api/projects/999999/disbursements", Set.of("officer", "admin")),
            new Endpoint("POST", "/api/projects/999999/disbursements/1/reversal", Set.of("officer", "admin")),
            new Endpoint("GET", "/api/exchange-rates", ALL), new Endpoint("POST", "/api/exchange-rates", Set.of("admin")),
            new Endpoint("DELETE", "/api/exchange-rates/999999", Set.of("admin")),
            new Endpoint("GET", "/api/population", ALL), new Endpoint("POST", "/api/population", Set.of("admin")),
            new Endpoint("GET", "/api/national-figures", ALL), new Endpoint("PUT", "/api/national-figures/2030", Set.of("admin")),
            new Endpoint("POST", "/api/population/import", Set.of("admin"), "text/csv; charset=UTF-8"),
            new Endpoint("POST", "/api/exchange-rates/import", Set.of("admin"), "text/csv; charset=UTF-8"),
            new Endpoint("GET", "/api/projects/999999/amendments", Set.of("officer", "appraiser", "approver", "leadership", "admin")),
            new Endpoint("POST", "/api/projects/999999/amendments", Set.of("officer", "admin")),
            new Endpoint("GET", "/api/reports/annual/2020", Set.of("leadership", "admin")),
            new Endpoint("GET", "/api/reports/period", Set.of("leadership", "admin")),
            new Endpoint("GET", "/api/dashboard/2020", Set.of("leadership", "admin")),
            new Endpoint("GET", "/api/import/template", Set.of("officer", "admin")),
            new Endpoint("GET", "/api/tasks", WORKERS), new Endpoint("GET", "/api/tasks/none", WORKERS),
            new Endpoint("POST", "/api/tasks/none/claim", WORKERS), new Endpoint("POST", "/api/tasks/none/unclaim", WORKERS),
            new Endpoint("POST", "/api/tasks/none/complete", WORKERS));

    private static int call(Endpoint e, String bearer) {
        var request = given().contentType(e.contentType()).body(e.contentType().startsWith("text/csv") ? "a,b\n" : "{}");
        if (bearer != null) {
            request.auth().oauth2(bearer);
        }
        return request.request(e.method(), e.path()).statusCode();
    }

    @Test
    void everyEndpointAgainstEveryRole() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (String role : ALL) {
                int status = call(e, token(USER_OF_ROLE.get(role)));
                boolean allowed = e.allowed().contains(role);
                if (allowed ? (status == 401 || status == 403) : status != 403) {
                    wrong.add(e.method() + " " + e.path() + " as " + role + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noTokenExpiredTokenAndForeignKeysAreRefused() {
        String expired = Jwt.issuer(OUR_ISSUER).upn(ADMIN).groups(Set.of("admin"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .jws().keyId("vientro-dev").sign();
        String rogue = Jwt.issuer(OUR_ISSUER).upn(ADMIN).groups(Set.of("admin")).expiresIn(600)
                .jws().keyId("vientro-dev").sign(key("keys/rogue-private.pem"));
        String externalKeyClaimingOurIssuer = Jwt.issuer(OUR_ISSUER).upn(ADMIN).groups(Set.of("admin")).expiresIn(600)
                .jws().sign(key("keys/external-private.pem"));
        String unknownIssuer = Jwt.issuer("https://evil.example").upn(ADMIN).groups(Set.of("admin")).expiresIn(600)
                .jws().sign(key("keys/external-private.pem"));
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (String bearer : Arrays.asList(null, expired, rogue, externalKeyClaimingOurIssuer, unknownIssuer, "not.a.jwt")) {
                int status = call(e, bearer);
                if (status != 401) {
                    wrong.add(e.method() + " " + e.path() + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTokenFromTheConfiguredExternalIssuerIsAccepted() {
        String keycloak = Jwt.issuer(EXTERNAL_ISSUER).audience("vientro").upn("lanhdao.keycloak").groups(Set.of("leadership"))
                .expiresIn(600).jws().sign(key("keys/external-private.pem"));
        String forAnotherClient = Jwt.issuer(EXTERNAL_ISSUER).audience("portal").upn("lanhdao.keycloak")
                .groups(Set.of("leadership")).expiresIn(600).jws().sign(key("keys/external-private.pem"));
        given().auth().oauth2(forAnotherClient).get("/api/auth/me").then().statusCode(401);
        given().auth().oauth2(keycloak).get("/api/auth/me").then().statusCode(200)
                .body("username", equalTo("lanhdao.keycloak")).body("roles", contains("leadership"));
        given().auth().oauth2(keycloak).get("/api/tasks").then().statusCode(403);
    }

    @Test
    void wrongPasswordGivesProblem401() {
        given().contentType(ContentType.JSON).body(Map.of("username", OFFICER, "password", "sai-mat-khau"))
                .post("/api/auth/token").then().statusCode(401).contentType(containsString("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("username", "khong.ton.tai", "password", "x"))
                .post("/api/auth/token").then().statusCode(401);
    }

    @Test
    void aRoleCountsOnlyWhileTheUnitPlaysIt() {
        // SKHDT stopped appraising when it merged into the Department of Finance (valid to 2025-02-28).
        Fixtures.user("thamdinh.skhdt", "appraiser", "SKHDT", "appraiser,consultee");
        given().contentType(ContentType.JSON).body(Map.of("username", "thamdinh.skhdt", "password", PASSWORD))
                .post("/api/auth/token").then().statusCode(200).body("roles", empty());
    }

    @Test
    void whoeverSubmittedMayNeverCheckAppraiseOrApprove() {
        Fixtures.user("kiemnhiem", "officer,appraiser,approver", "KIEMNHIEM", "officer,appraiser,approver");
        long id = ((Number) as("kiemnhiem").body(proposal("PROJECT", "Đề xuất của người kiêm nhiệm"))
                .post("/api/proposals?submit=true").then().statusCode(201).extract().path("id")).longValue();
        String check = task(id, "checkDossier", "kiemnhiem");
        as("kiemnhiem").post("/api/tasks/" + check + "/claim").then().statusCode(403);
        completeTask(check, "kiemnhiem", "complete", Map.of()).then().statusCode(403);

        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        completeTask(task(id, "appraiseProposal", "kiemnhiem"), "kiemnhiem", "recommendApproval",
                Map.of("appraisalSummary", "Tự thẩm định")).then().statusCode(403);
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt"));
        completeTask(task(id, "approveProposal", "kiemnhiem"), "kiemnhiem", "approve", approval()).then().statusCode(403);
        complete(id, "approveProposal", APPROVER, "approve", approval());
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void onlyTheAssigneeOrACandidateMayWorkOnATask() {
        long id = submitted("PROJECT", "Đề xuất kiểm tra quyền xử lý");
        String check = task(id, "checkDossier", APPRAISER);
        completeTask(check, APPROVER, "complete", Map.of()).then().statusCode(403);
        as(CONSULTEE_POLICE).post("/api/tasks/" + check + "/claim").then().statusCode(403);

        Fixtures.user("thamdinh2.stc", "appraiser", "STC", "appraiser,consultee");
        as(APPRAISER).post("/api/tasks/" + check + "/claim").then().statusCode(200).body("assignee", equalTo(APPRAISER));
        as("thamdinh2.stc").post("/api/tasks/" + check + "/claim").then().statusCode(409);
        completeTask(check, "thamdinh2.stc", "complete", Map.of()).then().statusCode(409);
        as(APPRAISER).post("/api/tasks/" + check + "/unclaim").then().statusCode(204);
        completeTask(check, "thamdinh2.stc", "complete", Map.of()).then().statusCode(204);

        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "returnForRevision", Map.of("revisionRequest", "Sửa ngân sách"));
        String revise = task(id, "reviseProposal", OFFICER);
        completeTask(revise, OFFICER_2, "resubmit", Map.of()).then().statusCode(403);
    }

    @Test
    void aConsulteeSeesOnlyProposalsItIsAskedAbout() {
        long id = submitted("PROJECT", "Đề xuất chỉ Công an được hỏi ý kiến");
        as(CONSULTEE_POLICE).get("/api/proposals/" + id).then().statusCode(403);
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));

        as(CONSULTEE_POLICE).get("/api/proposals/" + id).then().statusCode(200);
        as(CONSULTEE_POLICE).get("/api/proposals/" + id + "/timeline").then().statusCode(200);
        as(CONSULTEE_HEALTH).get("/api/proposals/" + id).then().statusCode(403);
        as(CONSULTEE_HEALTH).get("/api/proposals/" + id + "/documents").then().statusCode(403);
        List<Integer> healthSees = as(CONSULTEE_HEALTH).queryParam("size", 200).get("/api/proposals").then().statusCode(200)
                .extract().path("items.id");
        assertThat(healthSees).doesNotContain((int) id);
        List<Integer> policeSees = as(CONSULTEE_POLICE).queryParam("size", 200).get("/api/proposals").then().statusCode(200)
                .extract().path("items.id");
        assertThat(policeSees).contains((int) id);

        String opinion = task(id, "giveOpinion", CONSULTEE_POLICE);
        completeTask(opinion, CONSULTEE_HEALTH, "agree", Map.of()).then().statusCode(403);
        as(CONSULTEE_HEALTH).queryParam("proposalId", id).get("/api/tasks").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void draftsAreVisibleAndEditableOnlyByTheirOwner() {
        long id = createDraft(proposal("PROJECT", "Dự thảo riêng tư"));
        as(OFFICER_2).get("/api/proposals/" + id).then().statusCode(403);
        as(APPRAISER).get("/api/proposals/" + id).then().statusCode(403);
        Map<String, Object> body = proposal("PROJECT", "Sửa trộm");
        body.put("version", 0);
        as(OFFICER_2).body(body).put("/api/proposals/" + id).then().statusCode(403);
        as(OFFICER_2).post("/api/proposals/" + id + "/submit").then().statusCode(403);
        as(OFFICER_2).delete("/api/proposals/" + id).then().statusCode(403);
        as(OFFICER).delete("/api/proposals/" + id).then().statusCode(204);
        as(OFFICER).get("/api/proposals/" + id).then().statusCode(404);
    }

    private static PrivateKey key(String location) {
        try {
            return KeyUtils.readPrivateKey(location);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
