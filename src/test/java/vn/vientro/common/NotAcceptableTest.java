package vn.vientro.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.vientro.fuzz.OpenApiModel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * A client that accepts none of what an operation answers gets 406 before anything is done: without it, a valid
 * proposal sent with {@code Accept: text/plain} was saved and answered with a Java object's toString().
 */
@QuarkusTest
class NotAcceptableTest {

    private static final Map<String, String> ROLE_USERS = Map.of("officer", OFFICER, "appraiser", APPRAISER,
            "consultee", CONSULTEE_POLICE, "approver", APPROVER, "leadership", LEADERSHIP, "admin", ADMIN,
            "aid-owner", AID_OWNER);

    @Test
    void aProposalSentAcceptingOnlyTextIsRefusedAndNotSaved() {
        String title = "Chỉ nhận văn bản " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = proposal("PROJECT", title);
        Response response = as(OFFICER).accept("text/plain").body(body).post("/api/proposals");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(406);
        assertThat(response.asString()).doesNotContain("vn.vientro", "java.");
        List<String> titles = as(OFFICER).queryParam("q", title).get("/api/proposals").then().statusCode(200)
                .extract().path("items.titleVi");
        assertThat(titles).doesNotContain(title);
    }

    @Test
    void everyOperationRefusesAClientThatAcceptsNoneOfItsAnswers() {
        List<String> wrong = new ArrayList<>();
        for (OpenApiModel.Operation op : openApi().operations) {
            if (!op.secured()) {
                continue;   // signing in and the health of the service answer before any choice of format
            }
            if (op.toString().equals("GET /api/proposals/{id}/documents/{documentId}")
                    || op.toString().equals("GET /api/report-obligations/{id}/attachments/{attachmentId}")) {
                continue;   // a stored document goes back in whatever type it was uploaded as
            }
            String path = op.path().replaceAll("\\{[^}]+}", "1");
            // a role the operation allows (others are refused first) and a body of a type it reads (else 415 first)
            String user = ROLE_USERS.get(op.roles().get(0));
            String type = op.bodies().keySet().stream().findFirst().orElse("application/json");
            Response response = as(user).contentType(type).accept("text/plain")
                    .body("{}".getBytes(StandardCharsets.UTF_8)).request(op.method(), path);
            if (response.statusCode() != 406) {
                wrong.add(op + " → " + response.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
