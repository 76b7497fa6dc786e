package vn.vientro.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.vientro.support.Fixtures;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The end of an aid's reporting (issue 15, Art. 14(4) and 18) in the browser: the officer defines the project's
 * results indicators on their page (bad input first, named in the error summary), the aid owner sends the completion
 * report with a file attached, the officer finds the review in the inbox and sees the report itself on the task page
 * (figures, indicators, narrative, the file), accepts it, and the project shows closed with the reports it no longer
 * owes cancelled.
 */
@QuarkusTest
class ReportReviewJourneyTest extends BrowserTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void theCompletionReportWithItsFileIsReviewedOnTheTaskPageAndClosesTheProject() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Trạm y tế xã " + suffix;
        Map<String, Object> body = new HashMap<>(proposal("PROJECT", title));
        body.put("aidOwner", "Trung tâm Y tế huyện Châu Thành " + suffix);
        body.put("plannedStart", "2030-01-01");
        body.put("plannedEnd", "2030-12-31");
        long id = approvedProject(body, today().toString());
        String user = "chuvt.ttyt" + suffix;
        Fixtures.user(user, "aid-owner", proposalOf(id).getString("aidOwnerCode"), "aid-owner");

        // The officer defines the results indicators from the project page.
        signIn(OFFICER);
        open("/projects/" + id);
        page.getByTestId("define-indicators").click();
        assertThat(heading()).hasText("Chỉ số kết quả");
        page.locator("#indicator-0-nameVi").fill("Trạm y tế được nâng cấp");
        page.locator("#indicator-0-baseline").fill("không");
        page.locator("#indicator-0-target").fill("4");
        page.getByRole(AriaRole.BUTTON, named("Lưu chỉ số kết quả")).click();
        Locator summary = page.locator(".error-summary");
        assertThat(summary).containsText("Nhập đơn vị tính của chỉ số 1");
        assertThat(summary).containsText("Giá trị ban đầu của chỉ số 1 phải là một số");
        check("project-indicators-errors");
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nhập đơn vị tính của chỉ số 1")).click();
        assertThat(page.locator("#indicator-0-unit")).isFocused();
        page.locator("#indicator-0-unit").fill("trạm");
        page.locator("#indicator-0-baseline").fill("0");
        page.getByRole(AriaRole.BUTTON, named("Thêm chỉ số")).click();
        page.locator("#indicator-1-nameVi").fill("Người dân được khám sàng lọc");
        page.locator("#indicator-1-nameEn").fill("People screened");
        page.locator("#indicator-1-unit").fill("người");
        page.locator("#indicator-1-baseline").fill("1.200");
        page.locator("#indicator-1-target").fill("5.000");
        page.getByRole(AriaRole.BUTTON, named("Lưu chỉ số kết quả")).click();
        assertThat(page.locator("#indicators-message")).hasText("Đã lưu 2 chỉ số kết quả.");
        check("project-indicators");
        List<Map<String, Object>> defined = as(OFFICER).get("/api/projects/" + id + "/indicators").then().statusCode(200)
                .extract().path("$");
        assertThat(defined).extracting(i -> i.get("nameVi") + " " + i.get("unit") + " " + i.get("baseline") + "→" + i.get("target"))
                .containsExactly("Trạm y tế được nâng cấp trạm 0.0→4.0", "Người dân được khám sàng lọc người 1200.0→5000.0");

        // The aid owner sends the completion report with the acceptance minutes attached.
        List<Map<String, Object>> owed = as(user).queryParam("projectId", id).get("/api/report-obligations").then()
                .extract().path("$");
        long completion = owed.stream().filter(o -> "COMPLETION".equals(o.get("kind")))
                .map(o -> ((Number) o.get("id")).longValue()).findFirst().orElseThrow();
        signIn(user);
        open("/reports/" + completion);
        assertThat(heading()).hasText("Báo cáo kết thúc: " + title);
        page.locator("#amount-0-received").fill("125.000");
        page.locator("#amount-0-spent").fill("124.500,50");
        page.locator("#indicator-0").fill("4");
        page.locator("#indicator-1").fill("5.230");
        page.locator("#narrative").fill("Đã nâng cấp 4 trạm y tế và khám sàng lọc cho 5.230 người dân.");
        page.locator("vt-document-uploader input[type=file]")
                .setInputFiles(new FilePayload("Biên bản nghiệm thu.pdf", "application/pdf", PDF));
        page.locator("vt-document-uploader").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Tải lên").setExact(true)).click();
        assertThat(page.locator("vt-document-uploader .documents-table")).containsText("Biên bản nghiệm thu.pdf");
        page.getByRole(AriaRole.BUTTON, named("Tiếp tục")).click();
        assertThat(page.getByTestId("check-attachments")).hasText("Biên bản nghiệm thu.pdf");
        page.getByRole(AriaRole.BUTTON, named("Nộp báo cáo")).click();
        assertThat(page.locator(".notice-success")).hasText("Đã nộp báo cáo. Sở Ngoại vụ sẽ xem xét.");
        assertThat(page.getByTestId("report-attachments")).containsText("Biên bản nghiệm thu.pdf");

        // The officer finds the review in the inbox and sees the report on the task page.
        signIn(OFFICER);
        open("/inbox?key=reviewReport&q=" + suffix);
        // the link names the step, then (for screen readers) the title: "Xem xét báo cáo: <title>"
        page.locator("tr", new Page.LocatorOptions().setHasText(title)).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Xem xét báo cáo\\s*:"))).click();
        assertThat(heading()).hasText("Xem xét báo cáo");
        Locator report = page.locator("vt-report-summary");
        assertThat(report).containsText("Báo cáo kết thúc");
        assertThat(report).containsText("Trung tâm Y tế huyện Châu Thành " + suffix);
        assertThat(report.locator(".report-sent table").first()).containsText("124.500,5");
        Locator indicators = report.getByTestId("report-indicators");
        assertThat(indicators.locator("tbody tr").nth(1)).containsText("Người dân được khám sàng lọc");
        assertThat(indicators.locator("tbody tr").nth(1)).containsText("1.200");
        assertThat(indicators.locator("tbody tr").nth(1)).containsText("5.000");
        assertThat(indicators.locator("tbody tr").nth(1)).containsText("5.230");
        assertThat(report).containsText("Đã nâng cấp 4 trạm y tế và khám sàng lọc cho 5.230 người dân.");
        Download file = page.waitForDownload(() -> report.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Biên bản nghiệm thu.pdf (tải về)")).click());
        assertThat(file.suggestedFilename()).isEqualTo("Biên bản nghiệm thu.pdf");
        assertThat(Files.readAllBytes(file.path())).isEqualTo(PDF);
        check("task-review-report");
        page.getByLabel("Chấp nhận báo cáo").check();
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        page.waitForCondition(() -> "CLOSED".equals(status(id)));

        // Closed: the reports it no longer owes are cancelled.
        open("/projects/" + id);
        assertThat(page.getByTestId("project-status")).hasText("Đã kết thúc");
        Locator rows = page.locator(".reports-table tbody tr");
        assertThat(rows).hasCount(3);
        assertThat(rows.nth(0)).containsText("Báo cáo 6 tháng");
        assertThat(rows.nth(0)).containsText("Không còn phải báo cáo");
        assertThat(rows.nth(1)).containsText("Báo cáo năm");
        assertThat(rows.nth(1)).containsText("Không còn phải báo cáo");
        assertThat(rows.nth(2)).containsText("Báo cáo kết thúc");
        assertThat(rows.nth(2)).containsText("Đã chấp nhận");
        assertThat(page.getByTestId("define-indicators")).hasCount(0);
        check("project-closed");
    }
}
