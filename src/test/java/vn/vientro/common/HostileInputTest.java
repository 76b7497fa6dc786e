package vn.vientro.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/**
 * Input no client should send, refused in one place for every endpoint: 400 problem+json whose one violation
 * names the field or parameter exactly ("" when the whole body is wrong) with a stable code and a readable reason,
 * never Java internals, and nothing written.
 */
@QuarkusTest
class HostileInputTest {

    private static final String NUL = "\u0000";

    private long proposalCount() {
        return ((Number) as(ADMIN).get("/api/proposals").then().statusCode(200).extract().path("total")).longValue();
    }

    private ValidatableResponse postProposal(String json) {
        return as(OFFICER).body(json).post("/api/proposals").then();
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNulCharacterIsRefusedInBodiesQueriesAndTheSignIn() {
        long before = proposalCount();
        onlyViolation(postProposal(json(proposal("PROJECT", "Nước sạch" + NUL + " cho trường"))), "titleVi", "body", "control-character");
        onlyViolation(as(OFFICER).queryParam("q", "nuoc" + NUL).get("/api/proposals").then(), "q", "query", "control-character");
        onlyViolation(given().contentType(ContentType.JSON).body(Map.of("username", "admin" + NUL, "password", "x"))
                .post("/api/auth/token").then(), "username", "body", "control-character");
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void anythingAfterTheClosingBraceIsRefused() {
        long before = proposalCount();
        String body = json(proposal("PROJECT", "Đề xuất có đuôi thừa"));
        onlyViolation(postProposal(body + " {\"x\":1}"), "", "body", "malformed-json");
        onlyViolation(postProposal(body + "]"), "", "body", "malformed-json");
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void wrongShapesAndOutOfRangeNumbersNameTheField() {
        long before = proposalCount();
        onlyViolation(postProposal("[" + json(proposal("PROJECT", "Mảng")) + "]"), "", "body", "wrong-type");
        Map<String, Object> sectorsAsText = proposal("PROJECT", "Lĩnh vực là chuỗi");
        sectorsAsText.put("sectors", "HEALTH");
        onlyViolation(postProposal(json(sectorsAsText)), "sectors", "body", "wrong-type");
        String huge = json(proposal("PROJECT", "Số quá lớn")).replaceFirst("\"beneficiaries\":1500", "\"beneficiaries\":1e400");
        onlyViolation(postProposal(huge), "beneficiaries", "body", "wrong-type");
        Map<String, Object> badDate = proposal("PROJECT", "Ngày sai");
        badDate.put("plannedStart", "2027-13-45");
        onlyViolation(postProposal(json(badDate)), "plannedStart", "body", "wrong-type")
                .body("violations.message", hasItem(containsString("yyyy-MM-dd")));
        // found by the generated requests: a list holding null reached the service (500)
        Map<String, Object> nullSector = proposal("PROJECT", "Lĩnh vực rỗng");
        nullSector.put("sectors", java.util.Arrays.asList((Object) null));
        onlyViolation(postProposal(json(nullSector)), "sectors[0]", "body", "required");
        long draft = createDraft(proposal("PROJECT", "Bản nháp sửa với lĩnh vực rỗng"));
        nullSector.put("version", 0);
        onlyViolation(as(OFFICER).body(json(nullSector)).put("/api/proposals/" + draft).then(), "sectors[0]", "body", "required");
        before++;   // the draft made for the update
        onlyViolation(postProposal(json(proposal("GIFT", "Loại sai"))), "kind", "body", "wrong-type")
                .body("violations.message", hasItem(containsString("PROJECT")));
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void aFieldGivenTwiceIsRefusedNamingIt() {
        onlyViolation(given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + OFFICER + "\",\"password\":\"" + PASSWORD + "\",\"username\":[\"x\"]}")
                .post("/api/auth/token").then(), "username", "body", "malformed-json");
        long before = proposalCount();
        String body = json(proposal("PROJECT", "Trường lặp lại"));
        onlyViolation(postProposal(body.substring(0, body.length() - 1) + ",\"currency\":\"EUR\"}"), "currency", "body", "malformed-json");
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void anUploadThatStopsBeforeItsClosingBoundaryIsABadRequest() {
        long id = createDraft(proposal("PROJECT", "Tải lên bị cắt giữa chừng"));
        String cut = "--b\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nOTHER\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"to-trinh.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF-1.4\n%%EOF\r\n";
        onlyViolation(given().auth().oauth2(token(OFFICER)).contentType("multipart/form-data; boundary=b")
                .body(cut.getBytes(StandardCharsets.UTF_8)).post("/api/proposals/" + id + "/documents").then(), "", "body", "incomplete-body");
        as(OFFICER).get("/api/proposals/" + id + "/documents").then().statusCode(200).body("$", empty());
    }

    @Test
    void anUnreadableAcceptHeaderIsRefusedBeforeAnythingIsDone() {
        as(ADMIN).accept("garbage;;").get("/api/ngos/" + ngoId("Plan International")).then().statusCode(406)
                .contentType(containsString("application/problem+json")).body("code", equalTo("not-acceptable"));
        String day = "2097-05-05";
        as(ADMIN).accept("garbage;;").body(Map.of("day", day, "nameVi", "Ngày thử tiêu đề Accept")).post("/api/holidays")
                .then().statusCode(406).contentType(containsString("application/problem+json"));
        assertThat(as(ADMIN).get("/api/holidays/entered").then().statusCode(200).extract().<List<String>>path("day")).doesNotContain(day);
    }

    @Test
    void datesOutsideFourDigitYearsAreRefusedNamingTheField() {
        onlyViolation(as(ADMIN).body(Map.of("currency", "EUR", "date", "-999999999-01-01", "unitsPerUsd", 0.9, "source", "ECB"))
                .post("/api/exchange-rates").then(), "date", "body", "wrong-type");
        long before = proposalCount();
        Map<String, Object> far = proposal("PROJECT", "Năm có năm chữ số");
        far.put("plannedEnd", "+10000-01-01");
        onlyViolation(postProposal(json(far)), "plannedEnd", "body", "wrong-type");
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void invalidQueryValuesAreBadRequestsNamingTheParameter() {
        onlyViolation(as(ADMIN).queryParam("status", "NOPE").get("/api/proposals").then(), "status", "query", "wrong-type");
        onlyViolation(as(ADMIN).queryParam("kind", "GIFT").get("/api/proposals").then(), "kind", "query", "wrong-type");
        onlyViolation(as(APPRAISER).queryParam("sort", "TITLE").get("/api/tasks").then(), "sort", "query", "wrong-type");
        onlyViolation(as(ADMIN).queryParam("page", "abc").get("/api/proposals").then(), "page", "query", "wrong-type");
        onlyViolation(as(ADMIN).queryParam("size", -1).get("/api/proposals").then(), "size", "query", "at-least")
                .body("violations[0].values", equalTo(Map.of("min", 1)));
    }

    @Test
    void decomposedTextIsStoredComposedAndFoundEitherWay() {
        String composed = "Nước sạch cho Đồng Tháp " + System.nanoTime();
        long id = createDraft(proposal("PROJECT", Normalizer.normalize(composed, Normalizer.Form.NFD)));
        assertThat(proposalOf(id).getString("titleVi")).isEqualTo(composed);
        for (String query : List.of(Normalizer.normalize("nước sạch cho đồng", Normalizer.Form.NFD), "nuoc sach cho dong")) {
            assertThat(as(OFFICER).queryParam("q", query).queryParam("mine", true).get("/api/proposals").then()
                    .statusCode(200).extract().<List<Integer>>path("items.id")).as(query).contains((int) id);
        }
    }
}
