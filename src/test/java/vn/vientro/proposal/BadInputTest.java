package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** Bad input is refused with a 4xx problem naming the exact field, the rule and the reason, and writes nothing. */
@QuarkusTest
class BadInputTest {

    private long proposalCount() {
        return ((Number) as(ADMIN).get("/api/proposals").then().statusCode(200).extract().path("total")).longValue();
    }

    private ValidatableResponse create(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = proposal("PROJECT", "Đề xuất sai dữ liệu");
        change.accept(body);
        return as(OFFICER).body(body).post("/api/proposals?submit=true").then();
    }

    /** The one violation names the field broken, the rule's code, and says why. */
    private void refused(String field, String code, String reason, Consumer<Map<String, Object>> change) {
        onlyViolation(create(change), field, "body", code).body("violations[0].message", containsString(reason));
    }

    /** The violation's code and the values its message needs, by name, as the pages read them. */
    private void coded(String field, String code, Map<String, Object> values, Consumer<Map<String, Object>> change) {
        create(change).statusCode(400).body("violations.find { it.field.endsWith('" + field + "') }.code", equalTo(code))
                .body("violations.find { it.field.endsWith('" + field + "') }.values", equalTo(values));
    }

    @Test
    void eachRefusalCarriesItsCodeAndTheValuesItsMessageNeeds() {
        long before = proposalCount();
        coded("sectors", "shares-total", Map.of("total", 90), b -> b.put("sectors", List.of(
                Map.of("code", "HEALTH", "share", 60.5), Map.of("code", "GENDER", "share", 29.5))));
        coded("sectors", "unknown-sector", Map.of("code", "NOPE"), b -> b.put("sectors", List.of(Map.of("code", "NOPE", "share", 100))));
        coded("plannedEnd", "end-before-start", Map.of("start", "2027-06-01"), b -> {
            b.put("plannedStart", "2027-06-01");
            b.put("plannedEnd", "2027-05-31");
        });
        coded("committedAmount", "above", Map.of("min", 0), b -> b.put("committedAmount", 0));
        coded("titleVi", "length", Map.of("max", 500), b -> b.put("titleVi", "Đ".repeat(501)));
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void proposalsWithBadFieldsAreRefusedAndNothingIsWritten() {
        long before = proposalCount();
        refused("titleVi", "required", "must not be blank", b -> b.remove("titleVi"));
        refused("kind", "required", "must not be null", b -> b.remove("kind"));
        refused("ngoId", "unknown-ngo", "no foreign NGO", b -> b.put("ngoId", 987654));
        refused("ngoId", "certificate-not-valid", "registration certificate", b -> b.put("ngoId", ngoId("Fondation Mérieux")));
        refused("sectors", "shares-total", "sum to 100", b -> b.put("sectors", List.of(Map.of("code", "HEALTH", "share", 60),
                Map.of("code", "GENDER", "share", 30))));
        refused("sectors", "unknown-sector", "unknown sector", b -> b.put("sectors", List.of(Map.of("code", "NOPE", "share", 100))));
        refused("plannedEnd", "end-before-start", "before plannedStart", b -> {
            b.put("plannedStart", "2027-06-01");
            b.put("plannedEnd", "2027-05-31");
        });
        refused("committedAmount", "above", "greater than 0", b -> b.put("committedAmount", -5));
        refused("committedAmount", "above", "greater than 0", b -> b.put("committedAmount", 0));
        refused("currency", "unknown-currency", "unknown currency", b -> b.put("currency", "XYZ"));
        refused("currency", "currency-code", "ISO 4217", b -> b.put("currency", "usd"));
        refused("locations", "unknown-admin-unit", "unknown administrative unit", b -> b.put("locations", List.of("999")));
        refused("locations", "admin-unit-ceased", "ceased to exist", b -> b.put("locations", List.of("711")));
        refused("committedAmount", "wrong-type", "must be a number", b -> b.put("committedAmount", "nhiều tiền"));
        refused("plannedStart", "wrong-type", "yyyy-MM-dd", b -> b.put("plannedStart", "31/12/2026"));
        refused("kind", "wrong-type", "PROJECT", b -> b.put("kind", "GIFT"));
        onlyViolation(as(OFFICER).body("{\"titleVi\": ").post("/api/proposals").then(), "titleVi", "body", "malformed-json");
        as(OFFICER).contentType("text/plain").body("hello").post("/api/proposals").then().statusCode(415)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("unsupported-media-type"));
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void documentsMustBeOfAnAcceptedTypeAndSize() {
        long id = createDraft(proposal("PROJECT", "Đề xuất kiểm tra tài liệu"));
        String path = "/api/proposals/" + id + "/documents";
        byte[] pdf = "%PDF-1.7 thư đề nghị".getBytes();
        upload(OFFICER).multiPart("type", "REQUEST_LETTER")
                .multiPart("file", "thư đề nghị.pdf", pdf, "application/pdf").post(path).then().statusCode(201)
                .body("sha256", hasLength(64)).body("size", equalTo(pdf.length)).body("filename", equalTo("thư đề nghị.pdf"));

        upload(OFFICER).multiPart("type", "OTHER")
                .multiPart("file", "ghi-chu.txt", "xin chào".getBytes(), "text/plain").post(path).then().statusCode(415)
                .contentType(containsString("application/problem+json"));
        upload(OFFICER).multiPart("type", "OTHER")
                .multiPart("file", "gia-mao.pdf", "MZ not a pdf".getBytes(), "application/pdf").post(path).then().statusCode(415);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        upload(OFFICER).multiPart("type", "PROJECT_DOCUMENT")
                .multiPart("file", "qua-lon.pdf", big, "application/pdf").post(path).then().statusCode(413)
                .contentType(containsString("application/problem+json"));
        onlyViolation(upload(OFFICER).multiPart("type", "KHONG_CO")
                .multiPart("file", "a.pdf", pdf, "application/pdf").post(path).then(), "type", "body", "wrong-type");
        as(OFFICER).body(Map.of("type", "OTHER")).post(path).then().statusCode(415);

        List<Object> stored = as(OFFICER).get(path).then().statusCode(200).extract().path("id");
        assertThat(stored).hasSize(1);
    }

    @Test
    void taskAnswersMustMatchTheTask() {
        long id = submitted("PROJECT", "Đề xuất kiểm tra câu trả lời");
        String check = task(id, "checkDossier", APPRAISER);
        completeTask(check, APPRAISER, "approve", Map.of()).then().statusCode(400)
                .body("violations[0].field", equalTo("outcome")).body("violations[0].message", containsString("complete"));
        completeTask(check, APPRAISER, "incomplete", Map.of()).then().statusCode(400)
                .body("violations[0].field", equalTo("fields.missingItems"));
        completeTask(check, APPRAISER, "complete", Map.of()).then().statusCode(204);
        completeTask(check, APPRAISER, "complete", Map.of()).then().statusCode(409);

        String collect = task(id, "collectOpinions", APPRAISER);
        completeTask(collect, APPRAISER, "send", Map.of("agencies", List.of("UBND"))).then().statusCode(400)
                .body("violations[0].message", containsString("not a consulted agency"));
        completeTask(collect, APPRAISER, "send", Map.of("agencies", "CA")).then().statusCode(400);
        completeTask(collect, APPRAISER, "send", Map.of("agencies", List.of("CA"))).then().statusCode(204);
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt"));
        String approve = task(id, "approveProposal", APPROVER);
        completeTask(approve, APPROVER, "approve", Map.of("decisionNumber", "1/QĐ", "decisionDate", "hôm nay",
                "decisionSigner", "Chủ tịch")).then().statusCode(400).body("violations[0].field", equalTo("fields.decisionDate"));
        assertThat(status(id)).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void aStaleUpdateIsAConflict() {
        long id = createDraft(proposal("PROJECT", "Đề xuất sửa đồng thời"));
        Map<String, Object> body = proposal("PROJECT", "Bản sửa thứ nhất");
        body.put("version", 0);
        as(OFFICER).body(body).put("/api/proposals/" + id).then().statusCode(200).body("version", equalTo(1));
        body.put("titleVi", "Bản sửa dựa trên bản cũ");
        as(OFFICER).body(body).put("/api/proposals/" + id).then().statusCode(409);
        assertThat(proposalOf(id).getString("titleVi")).isEqualTo("Bản sửa thứ nhất");
    }
}
