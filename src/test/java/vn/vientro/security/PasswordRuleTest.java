package vn.vientro.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** A password an administrator sets, on creation or reset, is long and not guessable; demo accounts keep theirs. */
@QuarkusTest
class PasswordRuleTest {

    private static ValidatableResponse create(String username, String password) {
        return as(ADMIN).body(Map.of("username", username, "fullName", "Trần Văn Mật Khẩu", "password", password,
                "roles", List.of("leadership"))).post("/api/users").then();
    }

    private static ValidatableResponse reset(int id, String username, String newPassword) {
        Map<String, Object> change = new HashMap<>(Map.of("fullName", "Trần Văn Mật Khẩu", "roles", List.of("leadership"),
                "active", true));
        change.put("newPassword", newPassword);
        return as(ADMIN).body(change).put("/api/users/" + id).then();
    }

    private static void refused(ValidatableResponse response, String field, String reason) {
        response.statusCode(400).body("violations", hasSize(1)).body("violations[0].field", endsWith(field))
                .body("violations[0].message", containsString(reason)).body("violations[0].message", not(containsString("java")));
    }

    private static void signsIn(String username, String password, int status) {
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/token").then().statusCode(status);
    }

    @Test
    void aNewPasswordIsLongNotTheUsernameNotBlankAndNotCommon() {
        refused(create("matkhau.ngan", "ngan-11-kt!"), "password", "at least 12 characters");
        refused(create("matkhau.trung", "matkhau.trung"), "password", "username");
        refused(create("matkhau.hoa", "MATKHAU.HOA1"), "password", "username");
        refused(create("matkhau.trang", " ".repeat(12)), "password", "blank");
        refused(create("matkhau.pho", "password1234"), "password", "common");
        refused(create("matkhau.pho2", "123456789012"), "password", "common");
        signsIn("matkhau.ngan", "ngan-11-kt!", 401);

        create("matkhau.cumtu", "trâu cày ruộng sâu").statusCode(201);
        signsIn("matkhau.cumtu", "trâu cày ruộng sâu", 200);
    }

    @Test
    void anAdministratorsResetFollowsTheSameRule() {
        int id = create("matkhau.datlai", "ngựa phi đường xa").statusCode(201).extract().path("id");
        refused(reset(id, "matkhau.datlai", " ".repeat(8)), "newPassword", "at least 12 characters");
        refused(reset(id, "matkhau.datlai", " ".repeat(12)), "newPassword", "blank");
        refused(reset(id, "matkhau.datlai", "ngan-qua"), "newPassword", "at least 12 characters");
        refused(reset(id, "matkhau.datlai", "matkhau.datlai"), "newPassword", "username");
        refused(reset(id, "matkhau.datlai", "qwertyuiop123"), "newPassword", "common");
        signsIn("matkhau.datlai", "ngựa phi đường xa", 200);

        reset(id, "matkhau.datlai", "cá chép hóa rồng vàng").statusCode(200);
        signsIn("matkhau.datlai", "cá chép hóa rồng vàng", 200);
        reset(id, "matkhau.datlai", null).statusCode(200);   // no reset: the password stays
        signsIn("matkhau.datlai", "cá chép hóa rồng vàng", 200);
    }

    @Test
    void theSeededDemoAccountsKeepTheirDocumentedPassword() {
        signsIn(OFFICER, PASSWORD, 200);
        signsIn(ADMIN, PASSWORD, 200);
    }
}
