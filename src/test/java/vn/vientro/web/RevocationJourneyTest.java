package vn.vientro.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * Aid that never started (Decree 80/2020 Art. 4(7)), in the browser: the start watchdog's timer fires (run here as the
 * job executor would six months on), the appraiser finds the review in the inbox and records no good reason, the
 * approver revokes with the decision's number, date and reason, and the project page shows it revoked with the
 * revocation decision and the notice to the donor to download.
 */
@QuarkusTest
class RevocationJourneyTest extends BrowserTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private void watchTimerFires(long project) {
        String watch = runtime.createProcessInstanceQuery().processDefinitionKey("startWatchdog")
                .processInstanceBusinessKey("project:" + project).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(watch).activityId("watchExpires")
                .singleResult().getId());
    }

    private static String docxText(Download download) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(download.path()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    @Test
    void theAppraiserFindsNoGoodReasonAndTheApproverRevokesTheProject() throws IOException {
        String title = "Trạm cấp nước Tân Châu — " + UUID.randomUUID().toString().substring(0, 8);
        long id = approvedProject(proposal("PROJECT", title), today().toString());
        watchTimerFires(id);
        String today = today().format(DMY);

        // The appraiser finds the review in the inbox and records that there is no good reason.
        signIn(APPRAISER);
        open("/inbox?q=" + title.substring(title.length() - 8)); // the unique part: earlier runs leave the same words
        Locator row = page.locator("table.inbox-table tbody tr").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Xem xét lý do chưa bắt đầu");
        row.getByRole(AriaRole.LINK).first().click();
        assertThat(heading()).hasText("Xem xét lý do chưa bắt đầu");
        page.getByLabel("Không có lý do chính đáng", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Lý do chính đáng? Nhận xét").fill("Chủ khoản viện trợ không giải trình, chưa có kế hoạch triển khai.");
        check("task-review-start");
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        assertThat(heading()).hasText("Hộp công việc");

        // The approver sees the review and revokes; the reason is required.
        signIn(APPROVER);
        open("/tasks/" + task(id, "decideRevocation", APPROVER));
        assertThat(heading()).hasText("Quyết định thu hồi hay tiếp tục");
        assertThat(page.locator("main")).containsText("Chủ khoản viện trợ không giải trình");
        page.getByLabel("Thu hồi", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Số quyết định thu hồi").fill("812/QĐ-UBND");
        page.getByLabel("Ngày quyết định").fill(today);
        Locator reason = page.getByLabel("Lý do thu hồi");
        reason.fill("Không triển khai sau 6 tháng, không có lý do chính đáng");
        check("task-decide-revocation");
        reason.fill("");
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        assertThat(page.locator(".error-summary")).containsText("Lý do thu hồi");
        reason.fill("Không triển khai sau 6 tháng, không có lý do chính đáng");
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        assertThat(heading()).hasText("Hộp công việc");

        // The project page: revoked, by which decision, and its two documents to download.
        open("/projects/" + id);
        assertThat(page.getByTestId("project-status")).hasText("Đã thu hồi");
        assertThat(page.getByTestId("project-end")).containsText("812/QĐ-UBND");
        Locator drafts = page.getByTestId("drafts");
        assertThat(drafts.getByRole(AriaRole.BUTTON)).hasText(new String[]{"Quyết định thu hồi", "Thông báo thu hồi cho nhà tài trợ"});
        check("project-revoked");
        Download decision = page.waitForDownload(() -> drafts.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Tải xuống Quyết định thu hồi (.docx)").setExact(true)).click());
        org.assertj.core.api.Assertions.assertThat(decision.suggestedFilename()).endsWith(".docx");
        org.assertj.core.api.Assertions.assertThat(docxText(decision))
                .contains("Số: 812/QĐ-UBND", "Về việc thu hồi khoản viện trợ “" + title + "”",
                        "Lý do thu hồi: Không triển khai sau 6 tháng, không có lý do chính đáng.");
        Download notice = page.waitForDownload(() -> drafts.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Tải xuống Thông báo thu hồi cho nhà tài trợ (.docx)").setExact(true)).click());
        org.assertj.core.api.Assertions.assertThat(docxText(notice)).contains("Quyết định số 812/QĐ-UBND", "Kính gửi:");

        // The proposal's page offers the same two documents.
        open("/proposals/" + id);
        assertThat(page.getByTestId("status")).hasText("Đã thu hồi");
        assertThat(page.getByTestId("drafts").getByRole(AriaRole.BUTTON))
                .hasText(new String[]{"Quyết định thu hồi", "Thông báo thu hồi cho nhà tài trợ"});
    }
}
