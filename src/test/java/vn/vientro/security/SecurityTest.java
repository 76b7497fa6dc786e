package vn.vientro.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vientro.fuzz.OpenApiModel;
import vn.vientro.support.Fixtures;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.*;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/**
 * Deny by default: every operation of the OpenAPI document against every role, no token, an expired token and
 * foreign keys. Which roles may call what comes from a table written here by hand from the README's API table, not
 * from the annotations under test: an operation the document lists and the table does not fails the test.
 */
@QuarkusTest
class SecurityTest {

    private static final String OUR_ISSUER = "https://vientro.local/auth";
    private static final String EXTERNAL_ISSUER = "https://keycloak.test/realms/tayninh";

    private static final Map<String, String> USER_OF_ROLE = Map.of("officer", OFFICER, "appraiser", APPRAISER,
            "consultee", CONSULTEE_POLICE, "approver", APPROVER, "leadership", LEADERSHIP, "admin", ADMIN,
            "aid-owner", AID_OWNER);

    /** No role: called without a token. */
    private static final Set<String> PUBLIC = Set.of();
    /** Every role a token may carry: each operation is called with each. */
    private static final Set<String> ROLES = Set.of("officer", "appraiser", "consultee", "approver", "leadership", "admin",
            "aid-owner");
    /** Every role but the aid owner, which sees only its unit's aid and its reports. */
    private static final Set<String> ALL = Set.of("officer", "appraiser", "consultee", "approver", "leadership", "admin");
    private static final Set<String> WORKERS = Set.of("officer", "appraiser", "consultee", "approver");
    private static final Set<String> PROJECT_READERS = Set.of("officer", "appraiser", "approver", "leadership", "admin");
    private static final Set<String> OFFICER_OR_ADMIN = Set.of("officer", "admin");
    private static final Set<String> LEADERS = Set.of("leadership", "admin");
    /** The annual report to the ministry: the office that sends it, and who oversees it. */
    private static final Set<String> MINISTRY_REPORT = Set.of("officer", "leadership", "admin");
    private static final Set<String> ONLY_OFFICER = Set.of("officer");
    private static final Set<String> ONLY_ADMIN = Set.of("admin");
    private static final Set<String> PROJECT_READERS_AND_AID_OWNER = Set.of("officer", "appraiser", "approver", "leadership",
            "admin", "aid-owner");

    /** The roles allowed per operation ("METHOD /path" as the document writes the path), from the README's API table. */
    private static final Map<String, Set<String>> ALLOWED = allowed();

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> table = new HashMap<>();
        table.put("POST /api/auth/token", PUBLIC);
        table.put("GET /api/auth/me", ROLES);
        table.put("GET /api/admin/audit/verify", ONLY_ADMIN);
        table.put("GET /api/proposals", ROLES);
        table.put("POST /api/proposals", ONLY_OFFICER);
        table.put("GET /api/proposals/{id}", ROLES);
        table.put("PUT /api/proposals/{id}", ONLY_OFFICER);
        table.put("DELETE /api/proposals/{id}", ONLY_OFFICER);
        table.put("POST /api/proposals/{id}/submit", ONLY_OFFICER);
        table.put("GET /api/proposals/{id}/documents", ALL);
        table.put("GET /api/proposals/{id}/documents/{documentId}", ALL);
        table.put("POST /api/proposals/{id}/documents", ONLY_OFFICER);
        table.put("DELETE /api/proposals/{id}/documents/{documentId}", ONLY_OFFICER);
        table.put("GET /api/proposals/{id}/timeline", ALL);
        table.put("GET /api/proposals/{id}/diagram", ALL);
        table.put("GET /api/proposals/{id}/checklist", ALL);
        table.put("GET /api/proposals/{id}/records", ALL);
        table.put("GET /api/proposals/{id}/documents/generated/{kind}", PROJECT_READERS);
        table.put("GET /api/proposals/{id}/dispatches", ALL);
        table.put("PUT /api/proposals/{id}/signed-decision", Set.of("approver", "officer"));
        table.put("GET /api/document-checklist", ALL);
        table.put("GET /api/projects/{id}/disbursements", PROJECT_READERS_AND_AID_OWNER);
        table.put("POST /api/projects/{id}/disbursements", OFFICER_OR_ADMIN);
        table.put("POST /api/projects/{id}/disbursements/{entryId}/reversal", OFFICER_OR_ADMIN);
        table.put("POST /api/projects/{id}/start", OFFICER_OR_ADMIN);
        table.put("GET /api/projects/{id}/amendments", PROJECT_READERS);
        table.put("POST /api/projects/{id}/amendments", OFFICER_OR_ADMIN);
        table.put("GET /api/exchange-rates", ALL);
        table.put("POST /api/exchange-rates", ONLY_ADMIN);
        table.put("DELETE /api/exchange-rates/{id}", ONLY_ADMIN);
        table.put("POST /api/exchange-rates/import", ONLY_ADMIN);
        table.put("GET /api/population", ALL);
        table.put("POST /api/population", ONLY_ADMIN);
        table.put("POST /api/population/import", ONLY_ADMIN);
        table.put("GET /api/national-figures", ALL);
        table.put("PUT /api/national-figures/{year}", ONLY_ADMIN);
        table.put("GET /api/reports/annual/{year}", LEADERS);
        table.put("GET /api/reports/period", LEADERS);
        table.put("GET /api/iati/projects/{id}", LEADERS);
        table.put("GET /api/iati/years/{year}", LEADERS);
        table.put("GET /api/reports/ministry", MINISTRY_REPORT);
        table.put("GET /api/reports/ministry/{year}/workbook", MINISTRY_REPORT);
        table.put("GET /api/reports/ministry/{year}/letter", MINISTRY_REPORT);
        table.put("GET /api/dashboard/{year}", LEADERS);
        table.put("GET /api/dashboard/{year}/compliance", LEADERS);
        table.put("GET /api/import/template", OFFICER_OR_ADMIN);
        table.put("POST /api/import", ONLY_ADMIN);
        table.put("GET /api/users", ONLY_ADMIN);
        table.put("POST /api/users", ONLY_ADMIN);
        table.put("PUT /api/users/{id}", ONLY_ADMIN);
        table.put("GET /api/notices", ROLES);
        table.put("GET /api/notices/unread-count", ROLES);
        table.put("POST /api/notices/{id}/read", ROLES);
        table.put("POST /api/notices/read-all", ROLES);
        table.put("GET /api/me/notice-preferences", ROLES);
        table.put("PUT /api/me/notice-preferences", ROLES);
        table.put("GET /api/reporting-rules", ROLES);
        table.put("PUT /api/reporting-rules/{kind}", ONLY_ADMIN);
        table.put("GET /api/report-obligations", PROJECT_READERS_AND_AID_OWNER);
        table.put("GET /api/report-obligations/{id}", PROJECT_READERS_AND_AID_OWNER);
        table.put("POST /api/report-obligations/{id}/reports", Set.of("aid-owner", "officer"));
        table.put("POST /api/report-obligations/{id}/attachments", Set.of("aid-owner", "officer"));
        table.put("GET /api/report-obligations/{id}/attachments/{attachmentId}", PROJECT_READERS_AND_AID_OWNER);
        table.put("DELETE /api/report-obligations/{id}/attachments/{attachmentId}", Set.of("aid-owner", "officer"));
        table.put("GET /api/projects/{id}/indicators", PROJECT_READERS_AND_AID_OWNER);
        table.put("PUT /api/projects/{id}/indicators", OFFICER_OR_ADMIN);
        table.put("GET /api/tasks", WORKERS);
        table.put("GET /api/tasks/steps", WORKERS);
        table.put("GET /api/tasks/{id}", WORKERS);
        table.put("POST /api/tasks/{id}/claim", WORKERS);
        table.put("POST /api/tasks/{id}/unclaim", WORKERS);
        table.put("POST /api/tasks/{id}/complete", WORKERS);
        for (String reference : List.of("ngos", "sectors", "org-units", "admin-units", "holidays")) {
            table.put("GET /api/" + reference, ALL);
            table.put("GET /api/" + reference + "/{id}", ALL);
            table.put("POST /api/" + reference, ONLY_ADMIN);
            table.put("PUT /api/" + reference + "/{id}", ONLY_ADMIN);
            table.put("DELETE /api/" + reference + "/{id}", ONLY_ADMIN);
        }
        table.put("GET /api/holidays/entered", ALL);
        return Map.copyOf(table);
    }

    private List<OpenApiModel.Operation> operations;

    /** Read in each test (a static @BeforeAll would run before the application listens). */
    @BeforeEach
    void readDocument() {
        operations = openApi().operations;
    }

    private static Set<String> allowed(OpenApiModel.Operation op) {
        return ALLOWED.get(op.toString());
    }

    /**
     * The operation with an id no record has (the role is checked before anything is looked up) or a year with
     * data, and the smallest body of its media type.
     */
    private static int call(OpenApiModel.Operation op, String bearer) {
        RequestSpecification request = given();
        if (bearer != null) {
            request.auth().oauth2(bearer);
        }
        String mediaType = op.bodies().keySet().stream().findFirst().orElse("");
        if (mediaType.equals("application/json")) {
            request.contentType(ContentType.JSON).body("{}");
        } else if (mediaType.startsWith("text/")) {
            request.contentType(mediaType + "; charset=UTF-8").body("a,b\n");
        } else if (mediaType.equals("multipart/form-data")) {
            request.multiPart("type", "OTHER");
        } else if (!mediaType.isEmpty()) {
            throw new AssertionError(op + " reads " + mediaType + ": say here what to send it");
        }
        String path = op.path().replace("{year}", "2020").replaceAll("\\{[^}]+}", "999999");
        return request.request(op.method(), path).statusCode();
    }

    @Test
    void everyDocumentedOperationIsInTheTableAndTheDocumentAgrees() {
        assertThat(operations).as("operations in the document").hasSizeGreaterThan(60);
        List<String> documented = operations.stream().map(OpenApiModel.Operation::toString).toList();
        assertThat(documented).as("operations without an entry in ALLOWED").allMatch(ALLOWED::containsKey);
        assertThat(ALLOWED.keySet()).as("entries of ALLOWED the document no longer lists").allMatch(documented::contains);
        for (OpenApiModel.Operation op : operations) {
            assertThat(op.secured()).as("%s secured in the document", op).isEqualTo(!allowed(op).isEmpty());
            assertThat(new HashSet<>(op.roles())).as("roles the document gives %s", op).isEqualTo(allowed(op));
        }
    }

    @Test
    void everyOperationAgainstEveryRole() {
        List<String> wrong = new ArrayList<>();
        for (OpenApiModel.Operation op : operations) {
            if (allowed(op) == null) {
                wrong.add(op + ": no entry in ALLOWED");
                continue;
            }
            for (String role : ROLES) {
                int status = call(op, token(USER_OF_ROLE.get(role)));
                boolean allowed = allowed(op).isEmpty() || allowed(op).contains(role);
                if (allowed ? status == 401 || status == 403 || status >= 500 : status != 403) {
                    wrong.add(op + " as " + role + " -> " + status + (allowed ? " (allowed)" : " (not allowed)"));
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
        for (OpenApiModel.Operation op : operations) {
            if (allowed(op) == null) {
                wrong.add(op + ": no entry in ALLOWED");
                continue;
            }
            if (allowed(op).isEmpty()) {
                int status = call(op, null);
                if (status == 401 || status == 403 || status >= 500) {
                    wrong.add(op + " without a token -> " + status + " (public)");
                }
                continue;
            }
            for (String bearer : Arrays.asList(null, expired, rogue, externalKeyClaimingOurIssuer, unknownIssuer, "not.a.jwt")) {
                int status = call(op, bearer);
                if (status != 401) {
                    wrong.add(op + " -> " + status);
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
