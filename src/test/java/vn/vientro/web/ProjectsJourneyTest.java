package vn.vientro.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.vientro.support.Api.*;

/** Journey 7: approved projects, their ledger (record, override, reverse), amendments; readers see no write controls. */
@QuarkusTest
class ProjectsJourneyTest extends BrowserTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The application's clock, in the province's zone: its today is the one the service checks dates against. */
    @Inject
    Clock clock;

    /** A number as the pages show it in Vietnamese: 1.234.567,89 (at most two decimals). */
    static String vi(Object value) {
        var symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(new BigDecimal(String.valueOf(value)));
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private Map<String, Object> ledger(long id) {
        return as(OFFICER).get("/api/projects/" + id + "/disbursements").then().statusCode(200).extract().path("$");
    }

    @Test
    void anOfficerRecordsOverridesReversesAndAmends() {
        String title = unique("Dự án nước sạch xã Tân Đông");
        long id = approvedProject(proposal("PROJECT", title), LocalDate.now(clock).toString());   // 125.000,5 USD
        String today = LocalDate.now(clock).format(DMY);

        signIn(OFFICER);
        open("/projects");
        assertThat(heading()).hasText("Dự án");
        page.getByLabel("Tìm theo tên dự án, tổ chức").fill(title);
        page.getByRole(AriaRole.BUTTON, name("Tìm")).click();
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr")).containsText("125.000,5 USD");
        check("list");
        page.getByRole(AriaRole.LINK, name(title)).click();
        assertThat(heading()).hasText(title);
        assertThat(page.getByTestId("committed-usd")).hasText("125.000,5 USD");
        assertThat(page.getByText("Chưa có lần giải ngân nào.")).isVisible();
        // Approved with an agency's plain agreement: nothing attached, and the page says so.
        assertThat(page.getByTestId("conditions")).hasText("Quyết định phê duyệt không kèm điều kiện nào.");
        check("ledger-empty");

        // nothing typed: the errors are listed at the top and at the fields
        Locator record = page.getByRole(AriaRole.BUTTON, name("Ghi nhận"));
        record.click();
        Locator summary = page.locator("section[aria-labelledby=entry-title] .error-summary");
        assertThat(summary).containsText("Nhập ngày giải ngân");
        assertThat(summary).containsText("Nhập số tiền");
        summary.getByText("Nhập số tiền").click();
        assertThat(page.getByLabel("Số tiền")).isFocused();
        check("record-errors");

        // a currency without a rate: the server's 422 names the currency and the date
        String unrated = unratedCurrency(today());
        page.getByLabel("Ngày giải ngân").fill(today);
        page.getByLabel("Số tiền").fill("5.000.000");
        page.getByLabel("Loại tiền").selectOption(unrated);
        expectAnswer(422, "POST", "/api/projects/" + id + "/disbursements");
        record.click();
        assertThat(summary).containsText("Chưa có tỷ giá để quy đổi sang USD: " + unrated + " ngày " + today);
        assertThat(page.getByLabel("Số tiền")).hasValue("5.000.000");

        // in VND, typed the Vietnamese way
        page.getByLabel("Số tiền").fill("26.300.000");
        page.getByLabel("Loại tiền").selectOption("VND");
        page.getByLabel("Số chứng từ").fill("UNC 01/2026");
        page.getByLabel("Ghi chú").fill("Đợt 1: khoan giếng và lắp bồn lọc");
        record.click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận giải ngân 26.300.000 VND ngày " + today);
        Locator totals = page.getByTestId("totals");
        assertThat(totals.locator("tbody tr")).hasCount(1);
        assertThat(totals).containsText("26.300.000 VND");
        Object usd = ledger(id).get("disbursedUsd");
        assertThat(page.getByTestId("disbursed-usd")).hasText(vi(usd) + " USD");
        assertThat(page.getByTestId("entries")).containsText("Đợt 1: khoan giếng và lắp bồn lọc");
        assertThat(page.getByLabel("Số tiền")).hasValue("");

        // past the commitment: the server asks for a reason, the form asks the officer, then sends again
        page.getByLabel("Ngày giải ngân").fill(today);
        page.getByLabel("Số tiền").fill("130000");
        page.getByLabel("Loại tiền").selectOption("USD");
        expectAnswer(400, "POST", "/api/projects/" + id + "/disbursements");
        record.click();
        assertThat(page.getByTestId("override-notice")).containsText("vượt giá trị cam kết");
        assertThat(page.getByTestId("override-notice")).containsText("125.000,5 USD");
        assertThat(summary).containsText("Nhập lý do vượt giá trị cam kết");
        check("override-asked");
        page.getByLabel("Lý do vượt giá trị cam kết").fill("Nhà tài trợ bổ sung kinh phí theo thư ngày 01/11");
        page.getByRole(AriaRole.BUTTON, name("Ghi nhận với lý do vượt cam kết")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận giải ngân 130.000 USD");
        assertThat(totals.locator("tbody tr")).hasCount(2);
        assertThat(totals).containsText("Vượt giá trị cam kết");
        assertThat(page.getByTestId("entries")).containsText("Lý do vượt cam kết: Nhà tài trợ bổ sung kinh phí theo thư ngày 01/11");
        assertThat(page.getByTestId("disbursed-usd")).hasText(vi(ledger(id).get("disbursedUsd")) + " USD");

        // reverse the VND entry, with a reason, once
        page.getByRole(AriaRole.BUTTON, name("Hủy bút toán ngày " + today + ", 26.300.000 VND")).click();
        assertThat(page.getByLabel("Lý do hủy")).isFocused();
        page.getByRole(AriaRole.BUTTON, name("Xác nhận hủy")).click();
        assertThat(page.locator(".error-summary")).containsText("Nhập lý do hủy");
        page.getByLabel("Lý do hủy").fill("Nhập nhầm loại tiền của đợt 1");
        page.getByRole(AriaRole.BUTTON, name("Xác nhận hủy")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã hủy bút toán ngày " + today + ", 26.300.000 VND");
        Locator entries = page.getByTestId("entries");
        assertThat(entries.locator("tbody tr")).hasCount(3);
        assertThat(entries.getByText("Đã hủy", new Locator.GetByTextOptions().setExact(true))).hasCount(1);
        assertThat(entries.getByText("Bút toán hủy")).hasCount(1);
        assertThat(entries).containsText("-26.300.000 VND");
        assertThat(page.getByRole(AriaRole.BUTTON, name("Hủy bút toán ngày " + today + ", 26.300.000 VND"))).hasCount(0);
        assertThat(totals).containsText("0 VND");
        assertThat(page.getByTestId("disbursed-usd")).hasText("130.000 USD");
        check("reversed");

        // an amendment: a later planned end
        LocalDate plannedEnd = LocalDate.parse(ledger(id).get("plannedEnd").toString());
        String newEnd = plannedEnd.plusMonths(6).format(DMY);
        page.getByRole(AriaRole.BUTTON, name("Gửi yêu cầu điều chỉnh")).click();
        Locator amendSummary = page.locator("section[aria-labelledby=amend-title] .error-summary");
        assertThat(amendSummary).containsText("Nhập giá trị mới hoặc ngày kết thúc mới");
        assertThat(amendSummary).containsText("Nhập lý do điều chỉnh");
        page.getByLabel("Ngày kết thúc mới").fill(newEnd);
        page.getByLabel("Lý do điều chỉnh").fill("Mùa mưa kéo dài, thi công chậm 6 tháng");
        page.getByRole(AriaRole.BUTTON, name("Gửi yêu cầu điều chỉnh")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã gửi yêu cầu điều chỉnh để phê duyệt.");
        Locator amendments = page.getByTestId("amendments");
        assertThat(amendments).containsText(newEnd);
        assertThat(amendments).containsText("Trước: " + plannedEnd.format(DMY));
        assertThat(amendments).containsText("Chờ quyết định");
        assertThat(page.getByText("đang có một yêu cầu điều chỉnh chờ quyết định")).isVisible();
        check("amendment-requested");

        org.assertj.core.api.Assertions.assertThat(as(OFFICER).get("/api/projects/" + id + "/amendments").then()
                .statusCode(200).extract().<String>path("[0].reason")).isEqualTo("Mùa mưa kéo dài, thi công chậm 6 tháng");
    }

    @Test
    void leadershipReadsTheLedgerWithoutWriteControls() {
        String title = unique("Dự án học bổng cho trẻ em vùng biên");
        long id = approvedProject(proposal("PROJECT", title), LocalDate.now(clock).toString());
        Map<String, Object> body = new HashMap<>();
        body.put("date", LocalDate.now(clock).toString());
        body.put("amount", 25000);
        body.put("currency", "USD");
        body.put("reference", "Đợt 1");
        as(OFFICER).body(body).post("/api/projects/" + id + "/disbursements").then().statusCode(201);

        signIn(LEADERSHIP);
        open("/projects/" + id);
        assertThat(heading()).hasText(title);
        assertThat(page.getByTestId("entries")).containsText("25.000 USD");
        assertThat(page.getByTestId("disbursed-usd")).hasText("25.000 USD");
        assertThat(page.getByText("Chưa có yêu cầu điều chỉnh nào.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, name("Ghi nhận giải ngân"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, name("Yêu cầu điều chỉnh"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy bút toán"))).hasCount(0);
        assertThat(page.locator("main form")).hasCount(0);
        check("leadership");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(heading()).hasText(title);
        assertThat(page.getByTestId("entries")).containsText("25.000 USD");
        check("leadership-phone");
    }
}
