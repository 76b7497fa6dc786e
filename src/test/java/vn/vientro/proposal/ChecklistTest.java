package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** The dossier checklist read from bpmn/document-checklist.dmn, per kind and against a proposal's documents. */
@QuarkusTest
class ChecklistTest {

    private static void uploadDocument(long id, String type) {
        upload(OFFICER).multiPart("type", type)
                .multiPart("file", type.toLowerCase() + ".pdf", ("%PDF-1.4 " + type).getBytes(), "application/pdf")
                .post("/api/proposals/" + id + "/documents").then().statusCode(201);
    }

    private static JsonPath checklist(long id, String user) {
        return as(user).get("/api/proposals/" + id + "/checklist").then().statusCode(200).extract().jsonPath();
    }

    private static String submittedDetails(long id) {
        List<Map<String, Object>> timeline = as(OFFICER).get("/api/proposals/" + id + "/timeline").then().statusCode(200)
                .extract().path("findAll { it.type == 'SUBMITTED' }");
        assertThat(timeline).hasSize(1);
        return (String) timeline.get(0).get("details");
    }

    @Test
    void checklistPerKindBeforeAProposalExists() {
        as(CONSULTEE_POLICE).queryParam("kind", "PROJECT").get("/api/document-checklist").then().statusCode(200)
                .body("kind", equalTo("PROJECT"))
                .body("items.type", contains("REQUEST_LETTER", "DONOR_COMMITMENT", "PROJECT_DOCUMENT", "REGISTRATION_COPY", "TRANSLATION"))
                .body("items.required", contains(true, true, true, true, false))
                .body("items.documents", everyItem(equalTo(0)))
                .body("items[0].labelVi", equalTo("Văn bản đề nghị phê duyệt"))
                .body("items[0].labelEn", equalTo("Request for approval"))
                .body("complete", equalTo(false));
        as(OFFICER).queryParam("kind", "NON_PROJECT").get("/api/document-checklist").then().statusCode(200)
                .body("items.type", contains("REQUEST_LETTER", "DONOR_COMMITMENT", "GOODS_LIST", "REGISTRATION_COPY", "TRANSLATION"))
                .body("items.find { it.type == 'GOODS_LIST' }.labelEn", equalTo("List of goods or services with expected results"));
        as(LEADERSHIP).queryParam("kind", "EMERGENCY_RELIEF").get("/api/document-checklist").then().statusCode(200)
                .body("items.type", contains("REQUEST_LETTER", "DONOR_COMMITMENT", "GOODS_LIST"))
                .body("items.required", everyItem(equalTo(true)));
        as(APPRAISER).queryParam("kind", "PROGRAMME").get("/api/document-checklist").then().statusCode(200)
                .body("items.type", hasItem("PROJECT_DOCUMENT"));
    }

    @Test
    void badOrMissingKindIsA400NamingTheParameter() {
        for (String kind : new String[]{"CHARITY", ""}) {
            as(OFFICER).queryParam("kind", kind).get("/api/document-checklist").then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("violations[0].field", equalTo("kind"))
                    .body("violations[0].in", equalTo("query"));
        }
        as(OFFICER).get("/api/document-checklist").then().statusCode(400).body("violations[0].field", equalTo("kind"));
        given().queryParam("kind", "PROJECT").get("/api/document-checklist").then().statusCode(401);
    }

    @Test
    void countsTheDocumentsOfAProposalAndRecordsWhatWasMissingAtSubmit() {
        long id = createDraft(proposal("PROJECT", "Dự án kiểm tra thành phần hồ sơ"));
        JsonPath empty = checklist(id, OFFICER);
        assertThat(empty.getList("items.documents", Integer.class)).containsOnly(0);
        assertThat(empty.getBoolean("complete")).isFalse();

        uploadDocument(id, "REQUEST_LETTER");
        uploadDocument(id, "REQUEST_LETTER");
        uploadDocument(id, "DONOR_COMMITMENT");
        uploadDocument(id, "PROJECT_DOCUMENT");
        uploadDocument(id, "OTHER");
        JsonPath partial = checklist(id, OFFICER);
        assertThat(partial.getList("items.type")).containsExactly("REQUEST_LETTER", "DONOR_COMMITMENT",
                "PROJECT_DOCUMENT", "REGISTRATION_COPY", "TRANSLATION");
        assertThat(partial.getList("items.documents", Integer.class)).containsExactly(2, 1, 1, 0, 0);
        assertThat(partial.getBoolean("complete")).isFalse();

        // The API lets an incomplete dossier through (the page asks for confirmation); the trail says what was missing.
        as(OFFICER).post("/api/proposals/" + id + "/submit").then().statusCode(200);
        assertThat(submittedDetails(id)).contains("missingRequiredDocuments", "REGISTRATION_COPY")
                .doesNotContain("TRANSLATION", "REQUEST_LETTER");
    }

    @Test
    void aDossierWithEveryRequiredDocumentIsComplete() {
        long id = createDraft(proposal("NON_PROJECT", "Hàng hóa phi dự án đủ hồ sơ"));
        for (String type : List.of("REQUEST_LETTER", "DONOR_COMMITMENT", "GOODS_LIST", "REGISTRATION_COPY")) {
            uploadDocument(id, type);
        }
        JsonPath full = checklist(id, OFFICER);
        assertThat(full.getBoolean("complete")).isTrue();
        assertThat(full.getList("items.findAll { it.type == 'TRANSLATION' }.documents", Integer.class)).containsExactly(0);
        as(OFFICER).post("/api/proposals/" + id + "/submit").then().statusCode(200);
        assertThat(submittedDetails(id)).isNull();
    }

    @Test
    void checklistHasTheVisibilityOfTheProposal() {
        long id = createDraft(proposal("PROJECT", "Dự án kiểm tra quyền xem thành phần hồ sơ"));
        checklist(id, ADMIN);
        as(OFFICER_2).get("/api/proposals/" + id + "/checklist").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        as(APPRAISER).get("/api/proposals/" + id + "/checklist").then().statusCode(403);
        given().get("/api/proposals/" + id + "/checklist").then().statusCode(401);

        as(OFFICER).post("/api/proposals/" + id + "/submit").then().statusCode(200);
        checklist(id, APPRAISER);
        checklist(id, OFFICER_2);
        as(CONSULTEE_POLICE).get("/api/proposals/" + id + "/checklist").then().statusCode(403);

        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        checklist(id, CONSULTEE_POLICE);
        as(CONSULTEE_HEALTH).get("/api/proposals/" + id + "/checklist").then().statusCode(403);
        as(OFFICER).get("/api/proposals/999999/checklist").then().statusCode(404);
    }
}
