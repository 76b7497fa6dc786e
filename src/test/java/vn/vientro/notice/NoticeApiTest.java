package vn.vientro.notice;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import vn.vientro.support.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** The bell's API: each user's own notices, newest first, marked as read one by one or all; the e-mail preferences. */
@QuarkusTest
class NoticeApiTest {

    @Inject
    ProcessEngine engine;

    private static String newAppraiser() {
        String name = "tb" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.user(name, "appraiser", "STC", "appraiser,consultee");
        return name;
    }

    @Test
    void aCandidateIsToldOfATaskAndMarksItsNoticesAsRead() {
        String me = newAppraiser();
        as(me).get("/api/notices/unread-count").then().statusCode(200).body("unread", equalTo(0));
        String first = "Chuông " + UUID.randomUUID().toString().substring(0, 8);
        long one = submitted("PROJECT", first);
        long two = submitted("EMERGENCY_RELIEF", first + " hai");
        String task = task(two, "checkDossier", me);

        as(me).get("/api/notices").then().statusCode(200).body("total", equalTo(2))
                .body("items.proposalId", contains((int) two, (int) one))
                .body("items[0].kind", equalTo("TASK_ASSIGNED"))
                .body("items[0].link", equalTo("/tasks/" + task))
                .body("items[0].titleVi", equalTo(first + " hai"))
                .body("items[0].stepVi", equalTo("Kiểm tra hồ sơ")).body("items[0].stepEn", equalTo("Check the dossier"))
                .body("items[0].dueAt", notNullValue()).body("items[0].readAt", nullValue());
        as(me).queryParam("size", 1).queryParam("page", 1).get("/api/notices").then()
                .body("items.proposalId", contains((int) one)).body("total", equalTo(2));
        as(me).get("/api/notices/unread-count").then().body("unread", equalTo(2));

        int newest = as(me).get("/api/notices").then().extract().path("items[0].id");
        // Another user's notice does not exist for them: neither readable nor markable.
        as(OFFICER).post("/api/notices/" + newest + "/read").then().statusCode(404);
        as(OFFICER).get("/api/notices").then().body("items.id", not(hasItem(newest)));
        as(me).get("/api/notices/unread-count").then().body("unread", equalTo(2));

        as(me).post("/api/notices/" + newest + "/read").then().statusCode(200).body("readAt", notNullValue());
        as(me).get("/api/notices/unread-count").then().body("unread", equalTo(1));
        as(me).post("/api/notices/read-all").then().statusCode(200).body("marked", equalTo(1));
        as(me).get("/api/notices/unread-count").then().body("unread", equalTo(0));
        as(me).post("/api/notices/999999999/read").then().statusCode(404);
    }

    @Test
    void theOwnerAndTheConsultedAgencyLearnTheDecision() {
        long id = approvedProject(proposal("PROJECT", "Quyết định " + UUID.randomUUID().toString().substring(0, 8)),
                today().toString());
        for (String user : List.of(OFFICER, CONSULTEE_POLICE)) {
            as(user).queryParam("size", 200).get("/api/notices").then().statusCode(200)
                    .body("items.findAll { it.proposalId == " + id + " && it.kind == 'DECIDED' }.outcome", contains("APPROVED"))
                    .body("items.find { it.proposalId == " + id + " && it.kind == 'DECIDED' }.link", equalTo("/proposals/" + id));
        }
        as(APPRAISER).queryParam("size", 200).get("/api/notices").then()
                .body("items.findAll { it.proposalId == " + id + " && it.kind == 'DECIDED' }", empty());
    }

    @Test
    void signedOutCallersAreRefused() {
        given().get("/api/notices").then().statusCode(401);
        given().get("/api/notices/unread-count").then().statusCode(401);
        given().post("/api/notices/read-all").then().statusCode(401);
        given().get("/api/me/notice-preferences").then().statusCode(401);
    }

    @Test
    void eachUserChoosesHowEachKindIsMailed() {
        String me = newAppraiser();
        as(me).get("/api/me/notice-preferences").then().statusCode(200)
                .body("TASK_ASSIGNED", equalTo("EACH")).body("OVERDUE", equalTo("EACH")).body("DECIDED", equalTo("EACH"));
        as(me).body(Map.of("OVERDUE", "NONE", "DECIDED", "NONE")).put("/api/me/notice-preferences").then().statusCode(200)
                .body("TASK_ASSIGNED", equalTo("EACH")).body("OVERDUE", equalTo("NONE")).body("DECIDED", equalTo("NONE"));
        as(me).get("/api/me/notice-preferences").then().body("OVERDUE", equalTo("NONE"));
        // Another user's choices are their own
        as(APPRAISER).get("/api/me/notice-preferences").then().body("OVERDUE", equalTo("EACH"));
        as(me).body(Map.of("OVERDUE", "SOMETIMES")).put("/api/me/notice-preferences").then().statusCode(400);
        // A daily digest is not mailed yet, so it is not a choice a user could make and wait for in vain
        as(me).body(Map.of("OVERDUE", "DIGEST")).put("/api/me/notice-preferences").then().statusCode(400);
    }

    @Test
    void anAdministratorGivesAUserAnAddressAndALanguageThatAreChecked() {
        String name = "tbm" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = new java.util.HashMap<>(Map.of("username", name, "fullName", "Người nhận thư",
                "password", "mat-khau-dai-du", "roles", List.of("leadership")));
        user.put("email", "khong-phai-dia-chi");
        onlyViolation(as(ADMIN).body(user).post("/api/users").then(), "email", "body", "email");
        user.put("email", name + "@thu.vientro.test");
        user.put("language", "fr");
        onlyViolation(as(ADMIN).body(user).post("/api/users").then(), "language", "body", "language");
        user.put("language", "en");
        as(ADMIN).body(user).post("/api/users").then().statusCode(201)
                .body("email", equalTo(name + "@thu.vientro.test")).body("language", equalTo("en"));
    }

    @Test
    void theHolderOfAnOverdueTaskIsToldAndTheOtherCandidatesAreNot() {
        String me = newAppraiser();
        long id = submitted("PROJECT", "Quá hạn " + UUID.randomUUID().toString().substring(0, 8));
        String task = task(id, "checkDossier", me);
        as(me).post("/api/tasks/" + task + "/claim").then().statusCode(200);
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getId();
        var timer = engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId("checkDossierOverdue").singleResult();
        engine.getManagementService().executeJob(timer.getId());

        as(me).get("/api/notices").then().statusCode(200)
                .body("items[0].kind", equalTo("OVERDUE")).body("items[0].link", equalTo("/tasks/" + task))
                .body("items[0].stepVi", equalTo("Kiểm tra hồ sơ"));
        as(APPRAISER).queryParam("size", 200).get("/api/notices").then()
                .body("items.findAll { it.taskId == '" + task + "' }.kind", contains("TASK_ASSIGNED"));
    }
}
