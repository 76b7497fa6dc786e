package vn.vientro;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** Personal and confidential answers are never cached; no response is content-sniffed; no HSTS unless configured. */
@QuarkusTest
class HeadersTest {

    private static void notStored(ValidatableResponse response) {
        response.header("Cache-Control", equalTo("no-store")).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void apiAnswersAreNeverStored() {
        notStored(given().contentType(ContentType.JSON).body(Map.of("username", OFFICER, "password", PASSWORD))
                .post("/api/auth/token").then().statusCode(200));
        notStored(given().contentType(ContentType.JSON).body(Map.of("username", OFFICER, "password", "sai-mat-khau"))
                .post("/api/auth/token").then().statusCode(401));
        notStored(as(OFFICER).get("/api/auth/me").then().statusCode(200));
        notStored(as(OFFICER).get("/api/proposals").then().statusCode(200));
        notStored(as(ADMIN).get("/api/users").then().statusCode(200));
        notStored(given().get("/api/proposals").then().statusCode(401));

        long id = createDraft(proposal("PROJECT", "Đề xuất kiểm tra tiêu đề HTTP"));
        long docId = ((Number) upload(OFFICER).multiPart("type", "OTHER")
                .multiPart("file", "bi-mat.pdf", "%PDF-1.4 mật".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/api/proposals/" + id + "/documents").then().statusCode(201).extract().path("id")).longValue();
        notStored(as(OFFICER).get("/api/proposals/" + id + "/documents/" + docId).then().statusCode(200));
    }

    @Test
    void everyResponseSaysNoSniff() {
        given().get("/").then().header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/app/app.css").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-cache"));   // the web app's own filter, untouched
        given().get("/q/health/live").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/no-such-page").then().statusCode(404).header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void noStrictTransportSecurityUnlessConfigured() {
        given().get("/q/health/live").then().header("Strict-Transport-Security", nullValue());
        as(OFFICER).get("/api/auth/me").then().header("Strict-Transport-Security", nullValue());
    }
}
