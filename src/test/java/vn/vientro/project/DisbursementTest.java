package vn.vientro.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** The disbursement ledger of approved projects, through the HTTP API. */
@QuarkusTest
class DisbursementTest {

    private static long approvedProject(String title) {
        return vn.vientro.support.Api.approvedProject(proposal("PROJECT", title), today().toString());
    }

    private static ValidatableResponse record(long project, String user, Object amount, String currency, LocalDate date,
                                              String overrideReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("reference", "Đợt 1");
        body.put("note", "Chuyển khoản qua Kho bạc");
        body.put("overrideReason", overrideReason);
        return as(user).body(body).post("/api/projects/" + project + "/disbursements").then();
    }

    @Test
    void onlyApprovedProjectsTakeDisbursements() {
        long pending = submitted("PROJECT", "Dự án chưa phê duyệt");
        record(pending, OFFICER, 1000, "USD", today(), null).statusCode(409);
        record(987654, OFFICER, 1000, "USD", today(), null).statusCode(404);
    }

    @Test
    void badEntriesAreRefusedWithTheFieldAndTheReason() {
        long id = approvedProject("Dự án kiểm tra giải ngân sai");
        LocalDate today = today();
        record(id, OFFICER, 0, "USD", today, null).statusCode(400).body("violations[0].field", endsWith("amount"));
        record(id, OFFICER, -50, "USD", today, null).statusCode(400).body("violations[0].field", endsWith("amount"));
        record(id, OFFICER, 100, "XYZ", today, null).statusCode(400).body("violations[0].field", equalTo("currency"));
        record(id, OFFICER, 100, "USD", today.minusDays(1), null).statusCode(400)
                .body("violations[0].field", equalTo("date")).body("violations[0].message", containsString("approval"));
        record(id, OFFICER, 100, "USD", today().plusYears(2).plusMonths(7), null).statusCode(400)
                .body("violations[0].message", containsString("grace period"));
        as(OFFICER).get("/api/projects/" + id + "/disbursements").then().statusCode(200).body("entries", empty());
    }

    @Test
    void exceedingTheCommitmentNeedsAReasonAndCorrectionsAreReversals() {
        long id = approvedProject("Dự án giải ngân vượt cam kết");   // committed 125,000.50 USD
        LocalDate today = today();
        record(id, OFFICER, 100000, "USD", today, null).statusCode(201).body("disbursedByCurrency.USD", equalTo(100000.0f));
        record(id, OFFICER, 30000, "USD", today, null).statusCode(400).body("violations[0].field", equalTo("overrideReason"));
        record(id, OFFICER, 30000, "USD", today, "Nhà tài trợ bổ sung kinh phí theo thư ngày 01/11").statusCode(201)
                .body("entries[1].overrideReason", equalTo("Nhà tài trợ bổ sung kinh phí theo thư ngày 01/11"));

        int first = as(OFFICER).get("/api/projects/" + id + "/disbursements").then().extract().path("entries[0].id");
        as(OFFICER).body(Map.of("reason", "Nhập sai số tiền")).post("/api/projects/" + id + "/disbursements/" + first + "/reversal")
                .then().statusCode(201).body("disbursedByCurrency.USD", equalTo(30000.0f))
                .body("entries.find { it.id == " + first + " }.reversedById", notNullValue())
                .body("entries.find { it.reversesId == " + first + " }.amount", equalTo(-100000.0f));
        as(OFFICER).body(Map.of("reason", "lần hai")).post("/api/projects/" + id + "/disbursements/" + first + "/reversal")
                .then().statusCode(409);
        int reversal = as(OFFICER).get("/api/projects/" + id + "/disbursements").then().extract()
                .path("entries.find { it.reversesId == " + first + " }.id");
        as(OFFICER).body(Map.of("reason", "x")).post("/api/projects/" + id + "/disbursements/" + reversal + "/reversal")
                .then().statusCode(409);

        List<String> trail = as(ADMIN).get("/api/proposals/" + id + "/timeline").then().extract().path("type");
        assertThat(trail).containsSubsequence("DISBURSEMENT_RECORDED", "DISBURSEMENT_RECORDED", "DISBURSEMENT_REVERSED");
    }

    @Test
    void aForeignCurrencyNeedsARateOnOrBeforeItsDate() {
        long id = approvedProject("Dự án giải ngân bằng bảng Anh");
        LocalDate today = today();
        record(id, OFFICER, 1000, "GBP", today, null).statusCode(422)
                .body("missingRates.currency", contains("GBP")).body("missingRates.date", contains(today.toString()));
        as(ADMIN).body(Map.of("currency", "GBP", "date", today.minusDays(10).toString(), "unitsPerUsd", 0.8,
                "source", "Ngân hàng Nhà nước")).post("/api/exchange-rates").then().statusCode(200);
        record(id, OFFICER, 1000, "GBP", today, null).statusCode(201).body("disbursedByCurrency.GBP", equalTo(1000.0f));
    }

    @Test
    void whoMayReadAndWrite() {
        long id = approvedProject("Dự án kiểm tra quyền giải ngân");
        for (String reader : List.of(OFFICER, APPRAISER, APPROVER, LEADERSHIP, ADMIN)) {
            as(reader).get("/api/projects/" + id + "/disbursements").then().statusCode(200);
        }
        as(CONSULTEE_POLICE).get("/api/projects/" + id + "/disbursements").then().statusCode(403);
        for (String writer : List.of(APPRAISER, APPROVER, LEADERSHIP, CONSULTEE_POLICE)) {
            record(id, writer, 10, "USD", today(), null).statusCode(403);
        }
        record(id, ADMIN, 10, "USD", today(), null).statusCode(201).body("entries[0].recordedBy", equalTo(ADMIN));
    }

    @Test
    void theLedgerGivesItsTotalsInUsdOrNamesTheMissingRates() {
        long id = approvedProject("Dự án sổ giải ngân quy đổi USD");   // committed 125,000.50 USD
        LocalDate today = today();
        as(ADMIN).body(Map.of("currency", "CAD", "date", today.minusDays(3).toString(), "unitsPerUsd", 1.25,
                "source", "Ngân hàng Nhà nước")).post("/api/exchange-rates").then().statusCode(200);
        record(id, OFFICER, 1250, "CAD", today, null).statusCode(201);
        record(id, OFFICER, 500, "USD", today, null).statusCode(201)
                .body("committedUsd", equalTo(125000.5f)).body("disbursedUsd", equalTo(1500.0f))
                .body("missingRates", empty()).body("currencies", hasItems("USD", "VND", "CAD"));

        Map<String, Object> body = proposal("PROJECT", "Dự án cam kết bằng won");
        body.put("currency", "KRW");
        long won = vn.vientro.support.Api.approvedProject(body, today.toString());
        as(LEADERSHIP).get("/api/projects/" + won + "/disbursements").then().statusCode(200)
                .body("committedUsd", nullValue()).body("disbursedUsd", nullValue())
                .body("missingRates.currency", contains("KRW")).body("missingRates.date", contains(today.toString()));
        // once the rate is entered the ledger converts (and the year's reports, which need every rate, work again)
        as(ADMIN).body(Map.of("currency", "KRW", "date", today.toString(), "unitsPerUsd", 1250,
                "source", "Ngân hàng Nhà nước")).post("/api/exchange-rates").then().statusCode(200);
        as(LEADERSHIP).get("/api/projects/" + won + "/disbursements").then().statusCode(200)
                .body("committedUsd", equalTo(100.0f)).body("missingRates", empty());
    }
}
