package vn.vientro.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** An administrator's change to an account binds the tokens it already holds, not only the next sign-in. */
@QuarkusTest
class TokenRevocationTest {

    private static final String PASSWORD = "gió đưa cành trúc";

    private static int user(String username, List<String> roles, String orgUnit) {
        return as(ADMIN).body(Map.of("username", username, "fullName", "Lê Thị Thu", "password", PASSWORD,
                "roles", roles, "orgUnit", orgUnit)).post("/api/users").then().statusCode(201).extract().path("id");
    }

    private static String signIn(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD))
                .post("/api/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    private static void change(int id, List<String> roles, String orgUnit, boolean active) {
        as(ADMIN).body(Map.of("fullName", "Lê Thị Thu", "roles", roles, "orgUnit", orgUnit, "active", active))
                .put("/api/users/" + id).then().statusCode(200);
    }

    private static int me(String token) {
        return given().auth().oauth2(token).get("/api/auth/me").then().extract().statusCode();
    }

    @Test
    void deactivatingAUserEndsTheirTokensAtOnce() {
        int id = user("thuhoi.khoa", List.of("consultee"), "SGDDT");
        String token = signIn("thuhoi.khoa");
        given().auth().oauth2(token).get("/api/auth/me").then().statusCode(200).body("agency", equalTo("SGDDT"));
        change(id, List.of("consultee"), "SGDDT", false);
        given().auth().oauth2(token).get("/api/auth/me").then().statusCode(401);
        given().auth().oauth2(token).get("/api/tasks").then().statusCode(401);
    }

    @Test
    void changingRolesOrAgencyEndsTheTokensIssuedBefore() {
        int id = user("thuhoi.vaitro", List.of("consultee"), "SGDDT");
        String before = signIn("thuhoi.vaitro");
        change(id, List.of("consultee"), "SGDDT", true);   // nothing that matters changed
        org.assertj.core.api.Assertions.assertThat(me(before)).isEqualTo(200);

        change(id, List.of("consultee"), "CA", true);
        org.assertj.core.api.Assertions.assertThat(me(before)).isEqualTo(401);
        String afterAgency = signIn("thuhoi.vaitro");
        given().auth().oauth2(afterAgency).get("/api/auth/me").then().statusCode(200).body("agency", equalTo("CA"));

        change(id, List.of("consultee", "leadership"), "CA", true);
        org.assertj.core.api.Assertions.assertThat(me(afterAgency)).isEqualTo(401);
        given().auth().oauth2(signIn("thuhoi.vaitro")).get("/api/auth/me").then().statusCode(200)
                .body("roles", containsInAnyOrder("consultee", "leadership"));
    }

    @Test
    void aWorkflowRoleNeedsAnAgency() {
        for (String role : List.of("officer", "appraiser", "consultee", "approver")) {
            as(ADMIN).body(Map.of("username", "khongcoquan." + role, "fullName", "Không Cơ Quan", "password", PASSWORD,
                            "roles", List.of(role))).post("/api/users").then().statusCode(400)
                    .body("violations.field", contains("orgUnit"))
                    .body("violations[0].message", containsString("agency"));
        }
        as(ADMIN).body(Map.of("username", "khongcoquan.lanhdao", "fullName", "Không Cơ Quan", "password", PASSWORD,
                "roles", List.of("leadership"))).post("/api/users").then().statusCode(201);
        int id = user("coquan.roidi", List.of("officer"), "SNV");
        as(ADMIN).body(Map.of("fullName", "Lê Thị Thu", "roles", List.of("officer"), "active", true))
                .put("/api/users/" + id).then().statusCode(400).body("violations.field", contains("orgUnit"));
    }
}
