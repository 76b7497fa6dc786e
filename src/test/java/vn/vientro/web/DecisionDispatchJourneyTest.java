package vn.vientro.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.vientro.support.DaysOff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * After the decision, in the browser: the approver approves, downloads the drafted decision, notice and letter and
 * uploads the signed scan; the officer finds "send the decision" in the inbox with its 5-day clock, records the
 * three recipients and the proposal page says to whom it was sent, when and how.
 */
@QuarkusTest
class DecisionDispatchJourneyTest extends BrowserTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Five days from today (Decree 80/2020 Art. 11(2): days, not working days), counted from tomorrow (Civil Code
     * Art. 147(1)); a last day that is a weekend day or a day off the API lists gives way to the next working day
     * (Art. 148(5)).
     */
    private static LocalDate fiveDaysFromToday() {
        LocalDate day = today();
        Set<LocalDate> holidays = DaysOff.ofYears(day, day.plusMonths(1));
        day = day.plusDays(5);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private String docxText(Download download) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(download.path()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    @Test
    void theApproverDecidesAndTheOfficerSendsTheDecisionToEachRecipient() throws IOException {
        String title = "Nhà văn hóa cộng đồng Tân Biên — " + UUID.randomUUID().toString().substring(0, 8);
        long id = submitted("PROJECT", title);
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt"));
        String today = today().format(DMY);

        // The approver approves in the browser.
        signIn(APPROVER);
        open("/tasks/" + task(id, "approveProposal", APPROVER));
        page.getByLabel("Phê duyệt", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Số quyết định").fill("3579/QĐ-UBND");
        page.getByLabel("Ngày quyết định").fill(today);
        page.getByLabel("Người ký quyết định").fill("Chủ tịch UBND tỉnh");
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        assertThat(heading()).hasText("Hộp công việc");

        // The decision, the notice and the letter download as Word drafts carrying the decision's number.
        open("/proposals/" + id);
        assertThat(page.getByTestId("status")).hasText("Đã phê duyệt");
        for (String draft : List.of("Quyết định phê duyệt", "Thông báo cho nhà tài trợ", "Công văn gửi Bộ Tài chính")) {
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                    named("Tải xuống " + draft + " (.docx)")).click());
            org.assertj.core.api.Assertions.assertThat(docxText(download)).as(draft).contains("3579/QĐ-UBND");
        }
        // Sending has started: not sent yet, with its due date.
        LocalDate due = fiveDaysFromToday();
        assertThat(page.getByTestId("dispatch-pending")).containsText(due.format(DMY));

        // The signed scan becomes the official decision, apart from the drafts and the dossier.
        byte[] scan = "%PDF-1.4\n% Quyết định 3579 đã ký\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        page.locator("#signed-decision-file").setInputFiles(new FilePayload("Quyết định 3579 đã ký.pdf", "application/pdf", scan));
        page.getByTestId("signed-decision").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tải lên").setExact(true)).click();
        assertThat(page.getByTestId("signed-decision-file")).containsText("Quyết định 3579 đã ký.pdf");
        assertThat(page.getByTestId("document")).hasCount(0);
        check("approver-signed-decision");

        // The officer finds the step in the inbox with its clock.
        signIn(OFFICER);
        open("/inbox?q=" + title.substring(title.length() - 8)); // the unique part: earlier runs leave the same words
        Locator row = page.locator("table.inbox-table tbody tr").filter(new Locator.FilterOptions().setHasText("Gửi quyết định"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(due.format(DMY));
        check("inbox-send-decision");

        String taskId = task(id, "sendDecision", OFFICER);
        open("/tasks/" + taskId);
        assertThat(heading()).hasText("Gửi quyết định");
        Locator lines = page.getByTestId("dispatch-lines");
        assertThat(lines.locator("fieldset legend")).hasText(new String[]{"Nhà tài trợ", "Bộ Tài chính", "Chủ khoản viện trợ"});
        // Nothing filled in: each missing part is named at its place.
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        assertThat(page.locator("#field-dispatches-1-method-error")).hasText("Chọn cách gửi cho Bộ Tài chính");
        assertThat(page.locator("#field-dispatches-2-sentOn-error")).hasText("Nhập ngày gửi cho Chủ khoản viện trợ");
        page.locator(".error-summary").getByText("Chọn cách gửi cho Bộ Tài chính").click();
        assertThat(page.locator("#field-dispatches-1-method")).isFocused();

        page.locator("#field-dispatches-0-method").selectOption("EMAIL");
        page.locator("#field-dispatches-0-sentOn").fill(today);
        page.locator("#field-dispatches-1-method").selectOption("NATIONAL_DOCUMENT_SYSTEM");
        page.locator("#field-dispatches-1-sentOn").fill(today);
        page.locator("#field-dispatches-2-method").selectOption("POST");
        // A day the service refuses (tomorrow) comes back at the field.
        page.locator("#field-dispatches-2-sentOn").fill(today().plusDays(1).format(DMY));
        expectAnswer(400, "POST", "/api/tasks/" + taskId + "/complete");
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        assertThat(page.locator("#field-dispatches-error")).containsText("Không được sau ngày hôm nay");
        page.locator("#field-dispatches-2-sentOn").fill(today);
        check("task-send-decision");
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        assertThat(heading()).hasText("Hộp công việc");

        open("/proposals/" + id);
        assertThat(page.getByTestId("dispatch-line")).hasText(new String[]{
                "Nhà tài trợ: gửi ngày " + today + ", thư điện tử",
                "Bộ Tài chính: gửi ngày " + today + ", Trục liên thông văn bản quốc gia",
                "Chủ khoản viện trợ: gửi ngày " + today + ", bưu chính"});
        check("proposal-decision-sent");
    }
}
