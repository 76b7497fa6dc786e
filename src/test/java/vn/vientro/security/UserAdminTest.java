package vn.vientro.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** Administrators manage accounts; a new account can sign in at once, a deactivated one cannot. */
@QuarkusTest
class UserAdminTest {

    @Test
    void anAdministratorCreatesChangesAndDeactivatesAUser() {
        int id = as(ADMIN).body(Map.of("username", "ykien.sgddt", "fullName", "Ngô Thị Ánh Tuyết",
                        "password", "mat-khau-moi-2026", "roles", List.of("consultee"), "orgUnit", "SGDDT"))
                .post("/api/users").then().statusCode(201).body("orgUnit", equalTo("SGDDT"))
                .body("fullName", equalTo("Ngô Thị Ánh Tuyết")).body("$", not(hasKey("password")))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("username", "ykien.sgddt", "password", "mat-khau-moi-2026"))
                .post("/api/auth/token").then().statusCode(200).body("roles", contains("consultee"))
                .body("agency", equalTo("SGDDT"));

        as(ADMIN).body(Map.of("username", "ykien.sgddt", "fullName", "x", "password", "mat-khau-moi-2026",
                "roles", List.of("consultee"))).post("/api/users").then().statusCode(409);
        as(ADMIN).body(Map.of("username", "x y", "fullName", "x", "password", "short", "roles", List.of("boss")))
                .post("/api/users").then().statusCode(400).body("violations.field", hasItems(endsWith("username"), endsWith("password")));
        as(ADMIN).body(Map.of("username", "vaitro.la", "fullName", "x", "password", "mat-khau-dai-du",
                "roles", List.of("boss"))).post("/api/users").then().statusCode(400).body("violations[0].field", equalTo("roles"));

        as(ADMIN).body(Map.of("fullName", "Ngô Thị Ánh Tuyết", "roles", List.of("consultee"), "orgUnit", "SGDDT",
                "active", false)).put("/api/users/" + id).then().statusCode(200).body("active", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("username", "ykien.sgddt", "password", "mat-khau-moi-2026"))
                .post("/api/auth/token").then().statusCode(401);
        as(ADMIN).get("/api/users").then().statusCode(200).body("username", hasItems("admin", "ykien.sgddt"))
                .body("$", everyItem(not(hasKey("passwordHash"))));
        as(OFFICER).get("/api/users").then().statusCode(403);
    }
}
