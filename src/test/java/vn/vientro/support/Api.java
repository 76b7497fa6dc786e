package vn.vientro.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.camunda.bpm.engine.RuntimeService;
import vn.vientro.fuzz.OpenApiModel;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** The HTTP API as the tests drive it: tokens for the demo users, proposals and tasks. */
public final class Api {

    public static final String OFFICER = "canbo.snv";
    public static final String OFFICER_2 = "canbo2.snv";
    public static final String APPRAISER = "thamdinh.stc";
    public static final String CONSULTEE_POLICE = "ykien.ca";
    public static final String CONSULTEE_HEALTH = "ykien.syt";
    public static final String APPROVER = "pheduyet.ubnd";
    public static final String LEADERSHIP = "lanhdao";
    public static final String ADMIN = "admin";
    /** The provincial hospital, an aid owner in the demo data. */
    public static final String AID_OWNER = "chuvt.bvdk";
    public static final String PASSWORD = "demo123";

    /** The province's time zone ({@code vientro.calendar.zone}): "today" for decision and disbursement dates. */
    public static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** Today in the province, which is not the machine's today for seven hours of the day when it runs on UTC. */
    public static LocalDate today() {
        return LocalDate.now(PROVINCE);
    }

    private Api() {
    }

    public static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> given().contentType(ContentType.JSON)
                .body(Map.of("username", u, "password", PASSWORD))
                .post("/api/auth/token").then().statusCode(200).extract().path("accessToken"));
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    /** A multipart upload whose file names travel in UTF-8, as browsers send them. */
    public static RequestSpecification upload(String user) {
        return given().auth().oauth2(token(user)).config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .encoderConfig(EncoderConfig.encoderConfig().defaultCharsetForContentType("UTF-8", "multipart/form-data")))
                .contentType("multipart/form-data; charset=UTF-8");
    }

    /**
     * The README's answer to one bad piece of input: 400 problem+json, code {@code invalid-input}, and exactly one
     * violation naming that field ("" for the whole body), where it was and the rule's code, with a message that
     * names no Java type.
     */
    public static ValidatableResponse onlyViolation(ValidatableResponse response, String field, String in, String code) {
        return response.statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400)).body("code", equalTo("invalid-input"))
                .body("violations", hasSize(1)).body("violations[0].field", equalTo(field))
                .body("violations[0].in", equalTo(in)).body("violations[0].code", equalTo(code))
                .body("violations[0].message", not(blankOrNullString()))
                .body(not(anyOf(containsString("java."), containsString("Cannot deserialize"), containsString("vn.vientro"),
                        containsString("com.fasterxml"))));
    }

    /** The service's own OpenAPI document. */
    public static OpenApiModel openApi() {
        try {
            return new OpenApiModel(new ObjectMapper().readTree(
                    given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long ngoId(String name) {
        List<Map<String, Object>> ngos = as(ADMIN).get("/api/ngos").then().statusCode(200).extract().path("$");
        return ngos.stream().filter(n -> name.equals(n.get("name"))).map(n -> ((Number) n.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    /** A valid proposal body; tests change what they need. */
    public static Map<String, Object> proposal(String kind, String titleVi) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("titleVi", titleVi);
        body.put("titleEn", "Test proposal");
        body.put("ngoId", ngoId("Plan International"));
        body.put("aidOwner", "Trung tâm Y tế khu vực Gò Dầu");
        body.put("sectors", List.of(Map.of("code", "HEALTH", "share", 60), Map.of("code", "GENDER", "share", 40)));
        body.put("locations", List.of("TN-GODAU"));
        body.put("plannedStart", today().plusMonths(1).toString());
        body.put("plannedEnd", today().plusYears(2).toString());
        body.put("committedAmount", 125000.50);
        body.put("currency", "USD");
        body.put("counterpartFundsVnd", 500000000);
        body.put("beneficiaries", 1500);
        body.put("description", "Mô tả dự án thử nghiệm.");
        return body;
    }

    public static long createDraft(Map<String, Object> body) {
        return ((Number) as(OFFICER).body(body).post("/api/proposals").then().statusCode(201).extract().path("id")).longValue();
    }

    public static long submitted(String kind, String titleVi) {
        return submitted(proposal(kind, titleVi));
    }

    public static long submitted(Map<String, Object> body) {
        long id = createDraft(body);
        as(OFFICER).post("/api/proposals/" + id + "/submit").then().statusCode(200);
        return id;
    }

    public static JsonPath proposalOf(long id) {
        return as(ADMIN).get("/api/proposals/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static String status(long id) {
        return proposalOf(id).getString("status");
    }

    /** The id of the open task {@code key} of the proposal in this user's inbox. */
    public static String task(long proposalId, String key, String user) {
        List<String> ids = as(user).queryParam("proposalId", proposalId).queryParam("key", key)
                .get("/api/tasks").then().statusCode(200).extract().path("items.id");
        if (ids.size() != 1) {
            throw new AssertionError("expected one " + key + " task of proposal " + proposalId + " for " + user + ", found " + ids);
        }
        return ids.get(0);
    }

    public static void complete(long proposalId, String key, String user, String outcome, Map<String, Object> fields) {
        completeTask(task(proposalId, key, user), user, outcome, fields).then().statusCode(204);
    }

    public static io.restassured.response.Response completeTask(String taskId, String user, String outcome,
                                                                Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("comment", "Ý kiến của " + user);
        body.put("fields", fields);
        return as(user).body(body).post("/api/tasks/" + taskId + "/complete");
    }

    /** Creates and submits the proposal, then takes it through every step to approval on the given date. */
    public static long approvedProject(Map<String, Object> body, String decisionDate) {
        long id = ((Number) as(OFFICER).body(body).post("/api/proposals?submit=true").then().statusCode(201)
                .extract().path("id")).longValue();
        submittedOn(id, LocalDate.parse(decisionDate));
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt"));
        Map<String, Object> decision = new HashMap<>(approval());
        decision.put("decisionDate", decisionDate);
        complete(id, "approveProposal", APPROVER, "approve", decision);
        return id;
    }

    /**
     * A currency aid may come in that has no exchange rate on or before {@code day}, whatever rates other tests
     * have added: a test that needs a missing rate makes it with this one.
     */
    public static String unratedCurrency(LocalDate day) {
        for (String currency : List.of("SGD", "AUD", "JPY", "CHF", "GBP", "KRW", "CAD")) {
            List<String> dates = as(ADMIN).queryParam("currency", currency).get("/api/exchange-rates").then()
                    .statusCode(200).extract().path("date");
            if (dates.stream().map(LocalDate::parse).allMatch(day::isBefore)) {
                return currency;
            }
        }
        throw new AssertionError("every currency has a rate on or before " + day);
    }

    public static Map<String, Object> approval() {
        return Map.of("decisionNumber", "2468/QĐ-UBND", "decisionDate", today().toString(),
                "decisionSigner", "Chủ tịch UBND tỉnh");
    }

    /**
     * Records the running processes of the proposal (its approval, or an amendment of it) as submitted on
     * {@code day} when that is before today, so a test can decide it on a past date: a decision may not be dated
     * before the submission. Only the workflow's {@code submittedAt} changes; nothing else is backdated.
     */
    public static void submittedOn(long proposalId, LocalDate day) {
        if (!day.isBefore(today())) {
            return;
        }
        RuntimeService runtime = Arc.container().instance(RuntimeService.class).get();
        Date at = Date.from(day.atStartOfDay(PROVINCE).toInstant());
        runtime.createProcessInstanceQuery().variableValueEquals("proposalId", proposalId).active().list()
                .forEach(instance -> runtime.setVariable(instance.getId(), "submittedAt", at));
    }
}
