package vn.vientro.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.vientro.support.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The aid owner's journey (issue 15, part 3): it signs in, sees its project and the reports it owes with their
 * periods and due dates, submits the half-year report with its results indicators (errors first, then check your
 * answers), and the officer accepts it through the generic task page.
 */
@QuarkusTest
class AidOwnerJourneyTest extends BrowserTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void theAidOwnerSubmitsTheHalfYearReportAndTheOfficerAcceptsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Trường học xanh " + suffix;
        Map<String, Object> body = new HashMap<>(proposal("PROJECT", title));
        body.put("aidOwner", "Trường Trung học cơ sở Gò Dầu " + suffix);
        body.put("plannedStart", "2030-01-01");
        body.put("plannedEnd", "2031-06-30");
        long id = approvedProject(body, today().toString());
        String user = "chuvt.thcs" + suffix;
        Fixtures.user(user, "aid-owner", proposalOf(id).getString("aidOwnerCode"), "aid-owner");
        as(OFFICER).body(List.of(
                Map.of("nameVi", "Học sinh được học về môi trường", "unit", "học sinh", "baseline", 0, "target", 900),
                Map.of("nameVi", "Tỷ lệ rác được phân loại", "unit", "%", "baseline", 10.5, "target", 80)))
                .put("/api/projects/" + id + "/indicators").then().statusCode(200);

        // Home: its project and the reports it owes, nearest first.
        signIn(user);
        assertThat(heading()).hasText("Báo cáo của đơn vị");
        assertThat(page.locator(".reports-projects")).containsText(title);
        Locator rows = page.locator(".reports-table tbody tr");
        assertThat(rows).hasCount(5);
        assertThat(rows.nth(0)).containsText("Báo cáo 6 tháng");
        assertThat(rows.nth(0)).containsText("01/01/2030 – 30/06/2030");
        assertThat(rows.nth(0)).containsText("31/07/2030");
        assertThat(rows.nth(0)).containsText("Phải nộp");
        assertThat(rows.nth(1)).containsText("Báo cáo năm");
        assertThat(rows.nth(1)).containsText("15/02/2031");
        assertThat(rows.nth(3)).containsText("Báo cáo kết thúc");
        assertThat(rows.nth(3)).containsText("30/12/2031");
        check("aid-owner-home");

        rows.nth(0).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Báo cáo 6 tháng")).click();
        assertThat(heading()).hasText("Báo cáo 6 tháng: " + title);
        page.getByRole(AriaRole.BUTTON, named("Tiếp tục")).click();
        Locator summary = page.locator(".error-summary");
        assertThat(summary).containsText("Nhập số tiền từ 0 trở lên");
        assertThat(summary).containsText("Nhập giá trị thực tế của chỉ số “Tỷ lệ rác được phân loại”");
        assertThat(summary).containsText("Nhập tình hình thực hiện");
        check("report-errors");

        page.locator("#amount-0-received").fill("30.000");
        page.locator("#amount-0-spent").fill("12.500,75");
        page.locator("#indicator-0").fill("450");
        page.locator("#indicator-1").fill("35,5");
        page.locator("#narrative").fill("Đã tổ chức 12 buổi ngoại khóa về phân loại rác.");
        page.getByRole(AriaRole.BUTTON, named("Tiếp tục")).click();
        assertThat(page.locator("#check-title")).hasText("Kiểm tra lại báo cáo trước khi nộp");
        assertThat(page.locator(".check-answers")).containsText("Đã nhận 30.000 USD; đã chi 12.500,75 USD");
        assertThat(page.locator(".check-answers")).containsText("35,5 %");
        check("report-check");
        page.getByRole(AriaRole.BUTTON, named("Nộp báo cáo")).click();
        assertThat(page.locator(".notice-success")).hasText("Đã nộp báo cáo. Sở Ngoại vụ sẽ xem xét.");
        assertThat(page.locator("main dl vt-obligation-tag")).hasText("Đã nộp, chờ xem xét");
        assertThat(page.locator(".report-sent")).containsText("Nộp bởi " + user);
        assertThat(page.locator(".report-sent")).containsText("Đang chờ Sở Ngoại vụ xem xét.");
        check("report-submitted");
        long obligation = Long.parseLong(page.url().replaceAll(".*/reports/", ""));

        // The officer accepts it on the task page the process declares.
        signIn(OFFICER);
        open("/tasks/" + task(id, "reviewReport", OFFICER));
        assertThat(heading()).hasText("Xem xét báo cáo");
        page.getByLabel("Chấp nhận báo cáo").check();
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        page.waitForCondition(() -> "ACCEPTED".equals(as(OFFICER).get("/api/report-obligations/" + obligation)
                .then().extract().path("status")));
        open("/reports/" + obligation);
        assertThat(page.locator("main dl vt-obligation-tag")).hasText("Đã chấp nhận");
        assertThat(page.locator(".report-sent .review")).containsText("Đã được " + OFFICER + " chấp nhận");
        check("report-accepted");
    }
}
