package vn.vientro.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.vientro.support.Api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * Journey 3: the proposal page for everyone allowed to see it — summary, status, opinions, documents with
 * download, the timeline and the process diagram drawn by bpmn-js — prepared at several stages through the API.
 */
@QuarkusTest
class ProposalPageJourneyTest extends BrowserTest {

    /** A small PDF with Vietnamese text, so the downloaded bytes can be compared with these. */
    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String title(String what) {
        return what + " — " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A draft with one document, submitted: the dossier check is open. */
    private static long submittedWithDocument(String titleVi, String fileName, byte[] content) {
        long id = createDraft(proposal("PROJECT", titleVi));
        Api.upload(OFFICER).multiPart("type", "REQUEST_LETTER")
                .multiPart("file", fileName, content, "application/pdf")
                .post("/api/proposals/" + id + "/documents").then().statusCode(201);
        as(OFFICER).post("/api/proposals/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private Locator diagramElement(String activityId) {
        return page.locator("[data-testid=diagram] .djs-element[data-element-id=" + activityId + "]");
    }

    private Locator timelineEntry(String text) {
        return page.getByTestId("timeline-entry").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void theOfficerSeesTheConsultationWithTimelineDiagramAndDownloadsTheDocument() throws IOException {
        String titleVi = title("Nước sạch cho trường tiểu học Phước Thạnh");
        byte[] content = pdf("Đơn đề nghị phê duyệt khoản viện trợ");
        long id = submittedWithDocument(titleVi, "Đơn đề nghị phê duyệt.pdf", content);
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));

        signIn(OFFICER);
        open("/proposals/" + id);
        assertThat(heading()).hasText(titleVi);
        assertThat(page.getByTestId("status")).hasText("Đang lấy ý kiến");
        assertThat(page.locator("vt-proposal-summary")).containsText("Trung tâm Y tế khu vực Gò Dầu");
        assertThat(page.locator("vt-proposal-summary")).containsText("125.000,5 USD");

        // Opinions: the police have been asked and have not answered yet.
        Locator opinion = page.getByTestId("opinion");
        assertThat(opinion).hasCount(1);
        assertThat(opinion).containsText("Chưa có ý kiến");

        // Timeline: the submission by the officer, the completed check with its actor and outcome.
        assertThat(timelineEntry("Trình đề xuất")).containsText(OFFICER);
        Locator check = timelineEntry("Hồ sơ đầy đủ");
        assertThat(check).containsText("Kiểm tra hồ sơ");
        assertThat(check).containsText(APPRAISER);
        assertThat(check).containsText("Hồ sơ đầy đủ");
        assertThat(check).containsText("Ý kiến của " + APPRAISER);
        assertThat(check).containsText("Thời gian xử lý");
        assertThat(timelineEntry("Chọn cơ quan lấy ý kiến")).containsText("Gửi lấy ý kiến");

        // Diagram: the drawing is the image, named and described; the bpmn.io logo is hidden from assistive technology.
        Locator drawing = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Sơ đồ quy trình xử lý đề xuất"));
        assertThat(drawing).hasCount(1);
        assertThat(drawing).hasAttribute("aria-describedby", "diagram-text");
        org.assertj.core.api.Assertions.assertThat(drawing.boundingBox().width).isGreaterThan(600);
        Locator logo = page.locator("[data-testid=diagram] .bjs-powered-by");
        assertThat(logo).hasAttribute("aria-hidden", "true");
        assertThat(logo).hasAttribute("tabindex", "-1");
        // The keyboard: the zoom buttons work with Enter, and the tab order goes past the drawing and the logo.
        String viewport = "() => document.querySelector('[data-testid=diagram] .djs-container > svg .viewport').getAttribute('transform')";
        Object before = page.evaluate(viewport);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phóng to")).focus();
        page.keyboard().press("Enter");
        org.assertj.core.api.Assertions.assertThat(page.evaluate(viewport)).isNotEqualTo(before);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vừa khung")).focus();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => !!document.activeElement.closest('[data-testid=diagram]')"))
                .isEqualTo(false);
        // The opinions step is current, the earlier ones done.
        assertThat(diagramElement("giveOpinion")).hasClass(Pattern.compile("\\bcurrent\\b"));
        assertThat(diagramElement("checkDossier")).hasClass(Pattern.compile("\\bdone\\b"));
        assertThat(diagramElement("collectOpinions")).hasClass(Pattern.compile("\\bdone\\b"));
        assertThat(diagramElement("approveProposal")).not().hasClass(Pattern.compile("\\b(done|current)\\b"));
        // The text alternative says the same, with the open step's working days and its due date from the API.
        assertThat(page.locator("#diagram-text")).containsText("Cho ý kiến");
        String dueAt = as(OFFICER).get("/api/proposals/" + id + "/diagram").then().statusCode(200)
                .extract().path("openSteps[0].dueAt");
        String due = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(java.time.Instant.parse(dueAt).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        Locator openStep = page.getByTestId("open-step");
        assertThat(openStep).hasCount(1);
        assertThat(openStep).containsText("Cho ý kiến");
        assertThat(openStep).containsText("Đã dùng 0 / 7 ngày làm việc");
        assertThat(openStep).containsText("Hạn: " + due);
        check("officer-consulting");
        page.getByTestId("diagram").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("ProposalPageJourneyTest-diagram-1366.png")));

        // Download: the bytes are the ones uploaded.
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Tải xuống Đơn đề nghị phê duyệt.pdf")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("Đơn đề nghị phê duyệt.pdf");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(content);
    }

    @Test
    void theAppraiserGetsALinkToTheOpenTaskAndSeesTheOpinionGiven() {
        String titleVi = title("Hỗ trợ sinh kế cho phụ nữ Dương Minh Châu");
        long id = submittedWithDocument(titleVi, "to-trinh.pdf", pdf("Tờ trình"));
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        String taskId = task(id, "appraiseProposal", APPRAISER);

        signIn(APPRAISER);
        open("/proposals/" + id);
        assertThat(heading()).hasText(titleVi);
        assertThat(page.getByTestId("status")).hasText("Đang thẩm định");
        Locator taskLink = page.getByTestId("task-link");
        assertThat(taskLink).hasCount(1);
        assertThat(taskLink).containsText("Thẩm định đề xuất");
        assertThat(taskLink).hasAttribute("href", "#/tasks/" + taskId);
        assertThat(page.getByTestId("opinion")).containsText("Đồng ý");
        assertThat(page.getByTestId("opinion")).containsText(CONSULTEE_POLICE);
        assertThat(timelineEntry("Cho ý kiến")).containsText(CONSULTEE_POLICE);
        assertThat(diagramElement("appraiseProposal")).hasClass(Pattern.compile("\\bcurrent\\b"));
        assertThat(diagramElement("giveOpinion")).hasClass(Pattern.compile("\\bdone\\b"));
        assertThat(page.getByTestId("open-step")).containsText(Pattern.compile("Đã dùng 0 / 20 ngày(?! làm việc)")); // days (Decree 80/2020 Art. 10(6))
        // No edit for anyone but the owner of a draft.
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa").setExact(true))).hasCount(0);
        check("appraiser-appraising");
    }

    @Test
    void leadershipReadsAProposalAwaitingApprovalWithoutTaskLinks() {
        String titleVi = title("Trang thiết bị y tế cho trạm y tế xã Bến Cầu");
        long id = submittedWithDocument(titleVi, "van-kien.pdf", pdf("Văn kiện dự án"));
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA", "SYT")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "giveOpinion", CONSULTEE_HEALTH, "agreeWithConditions", Map.of("conditions", "Bàn giao cho trạm y tế trước tháng 6"));
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt yêu cầu"));

        signIn(LEADERSHIP);
        open("/proposals/" + id);
        assertThat(heading()).hasText(titleVi);
        assertThat(page.getByTestId("status")).hasText("Chờ phê duyệt");
        assertThat(page.getByTestId("opinion")).hasCount(2);
        // The conditions are shown with their label, beside the comment.
        Locator conditional = page.getByTestId("opinion").filter(new Locator.FilterOptions().setHasText("Đồng ý có điều kiện"));
        assertThat(conditional.getByTestId("record-field")).hasText(Pattern.compile(
                "Điều kiện kèm theo\\s*Bàn giao cho trạm y tế trước tháng 6"));
        assertThat(conditional).containsText("Ý kiến của " + CONSULTEE_HEALTH);
        // Every step's record: the appraisal with its summary among them.
        Locator records = page.locator("section[aria-labelledby=records-heading]").getByTestId("step-record");
        assertThat(records).hasCount(5);
        assertThat(records.last()).containsText("Thẩm định đề xuất");
        assertThat(records.last().getByTestId("record-field")).hasText(Pattern.compile("Tóm tắt kết quả thẩm định\\s*Đạt yêu cầu"));
        assertThat(records.last()).containsText(APPRAISER);
        // The dossier checklist has its own section, not the opinions'.
        assertThat(page.locator("section[aria-labelledby=checklist-heading]").getByTestId("checklist")).isVisible();
        assertThat(page.locator("section[aria-labelledby=opinions-heading]").getByTestId("checklist")).hasCount(0);
        assertThat(timelineEntry("Thẩm định đề xuất")).containsText("Đề nghị phê duyệt");
        assertThat(diagramElement("approveProposal")).hasClass(Pattern.compile("\\bcurrent\\b"));
        assertThat(diagramElement("appraiseProposal")).hasClass(Pattern.compile("\\bdone\\b"));
        assertThat(page.getByTestId("task-link")).hasCount(0);
        // Nothing decided yet, so nothing drafted.
        assertThat(page.getByTestId("drafts")).hasCount(0);
        check("leadership-awaiting-approval");
    }

    @Test
    void theApproverSeesTheDecisionAndALinkToTheProject() throws IOException {
        String titleVi = title("Khắc phục hậu quả bom mìn tại Tân Biên");
        long id = approvedProject(proposal("PROJECT", titleVi), today().toString());

        signIn(APPROVER);
        open("/proposals/" + id);
        assertThat(heading()).hasText(titleVi);
        assertThat(page.getByTestId("status")).hasText("Đã phê duyệt");
        assertThat(page.getByTestId("decision")).containsText("2468/QĐ-UBND");
        assertThat(page.getByTestId("decision")).containsText("Chủ tịch UBND tỉnh");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem dự án và giải ngân")))
                .hasAttribute("href", "#/projects/" + id);
        assertThat(timelineEntry("Phê duyệt đề xuất")).containsText(APPROVER);
        assertThat(timelineEntry("Phê duyệt đề xuất")).containsText("Phê duyệt");
        assertThat(diagramElement("approveProposal")).hasClass(Pattern.compile("\\bdone\\b"));
        assertThat(diagramElement("proposalApproved")).hasClass(Pattern.compile("\\bdone\\b"));
        assertThat(page.locator("#diagram-text")).containsText("Không có bước nào đang xử lý");
        // The drafts an approval calls for, and not the refusal.
        Locator drafts = page.getByTestId("drafts");
        assertThat(drafts.getByRole(AriaRole.HEADING)).hasText("Văn bản dự thảo");
        assertThat(drafts.getByRole(AriaRole.BUTTON)).hasText(new String[] {
                "Quyết định phê duyệt", "Thông báo cho nhà tài trợ", "Công văn gửi Bộ Tài chính"});
        check("approver-approved");
        drafts.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ProposalPageJourneyTest-drafts.png")));

        // The decision downloads, with the token, as a Word file that states the aid's name.
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Tải xuống Quyết định phê duyệt (.docx)")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("quyet-dinh-phe-duyet-" + id + ".docx");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(download.path()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            org.assertj.core.api.Assertions.assertThat(text.getText()).contains("1. Tên khoản viện trợ: " + titleVi + ".");
        }
        assertThat(page.getByTestId("drafts").getByRole(AriaRole.ALERT)).hasCount(0);
    }

    @Test
    void theOwnerOfADraftMayEditOrCheckAndSubmitIt() {
        String titleVi = title("Học bổng cho học sinh nghèo Hòa Thành");
        long id = createDraft(proposal("PROGRAMME", titleVi));

        signIn(OFFICER);
        open("/proposals/" + id);
        assertThat(heading()).hasText(titleVi);
        assertThat(page.getByTestId("status")).hasText("Dự thảo");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa").setExact(true)))
                .hasAttribute("href", "#/proposals/" + id + "/edit");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kiểm tra và trình")))
                .hasAttribute("href", "#/proposals/" + id + "/check");
        assertThat(timelineEntry("Tạo đề xuất")).containsText(OFFICER);
        assertThat(page.getByText("Chưa có tài liệu nào.")).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Sơ đồ quy trình xử lý đề xuất"))).isVisible();
        assertThat(page.locator("[data-testid=diagram] .djs-element.current, [data-testid=diagram] .djs-element.done")).hasCount(0);
        check("owner-draft");
    }

    @Test
    void aConsulteeWhoseAgencyWasNotAskedIsToldSo() {
        String titleVi = title("Nhà tình thương cho hộ nghèo Châu Thành");
        long id = submittedWithDocument(titleVi, "don.pdf", pdf("Đơn"));
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));

        signIn(CONSULTEE_HEALTH);
        expectAnswer(403, "GET", "/api/proposals/" + id);
        open("/proposals/" + id);
        assertThat(heading()).hasText("Không có quyền xem đề xuất này");
        assertThat(page.getByTestId("page-error")).containsText("Bạn không có quyền xem đề xuất này");
        assertThat(page.getByTestId("page-error")).containsText("Cơ quan của bạn chỉ xem được những đề xuất được gửi lấy ý kiến");
        assertThat(page.getByText(titleVi)).hasCount(0);
        check("consultee-forbidden");

        // The police, who were asked, see it and have a link to their task.
        Page police = context.browser().newContext(viewport(1366, 768)).newPage();
        watch(police);
        try {
            signIn(police, CONSULTEE_POLICE);
            police.navigate(url("/#/proposals/" + id));
            assertThat(police.locator("main h1")).hasText(titleVi);
            assertThat(police.getByTestId("task-link")).containsText("Cho ý kiến");
        } finally {
            police.context().close();
        }
    }

    @Test
    void onAPhoneTheDiagramCentresOnTheCurrentStepAndThePageStacks() {
        String titleVi = title("Phòng chống đuối nước cho trẻ em Gò Dầu");
        long id = submittedWithDocument(titleVi, "tai-lieu-rat-dai-ten-tieng-viet.pdf", pdf("Tài liệu"));
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());

        context.close();
        context = browser().newContext(viewport(390, 844));
        page = context.newPage();
        watch(page);
        signIn(APPRAISER);
        open("/proposals/" + id);
        assertThat(heading()).hasText(titleVi);
        Locator current = diagramElement("collectOpinions");
        assertThat(current).hasClass(Pattern.compile("\\bcurrent\\b"));
        assertThat(page.getByTestId("open-step")).containsText("Đã dùng 0 / 2 ngày làm việc");
        // The current step is drawn inside the visible part of the diagram.
        var canvas = page.getByTestId("diagram").boundingBox();
        var step = current.boundingBox();
        org.assertj.core.api.Assertions.assertThat(step.x).isGreaterThanOrEqualTo(canvas.x);
        org.assertj.core.api.Assertions.assertThat(step.x + step.width).isLessThanOrEqualTo(canvas.x + canvas.width);
        // Nothing wider than the screen but the scrolling tables.
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        check("phone");
        page.getByTestId("diagram").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("ProposalPageJourneyTest-diagram-390.png")));
    }
}
