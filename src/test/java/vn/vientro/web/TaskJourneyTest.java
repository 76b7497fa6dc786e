package vn.vientro.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.vientro.support.Fixtures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * Journeys 4–6 on the task page: the appraiser checks the dossier and chooses the agencies, each consulted
 * agency answers its own opinion task, the appraiser appraises seeing both opinions, the approver decides seeing
 * the appraisal and the opinions; the proposal page shows what every step recorded and the project the
 * conditions its approval carries. And a task that someone else finished meanwhile.
 */
@QuarkusTest
class TaskJourneyTest extends BrowserTest {

    private Locator rows() {
        return page.locator("table.inbox-table tbody tr");
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** Opens the inbox filtered to this proposal and the task at the given step. */
    private void openTask(String title, String step) {
        open("/inbox?q=" + title.replace(" ", "%20"));
        // The row of this proposal: the page it replaces (the inbox after sign-in) may still be on screen for a moment.
        rows().filter(new Locator.FilterOptions().setHasText(title))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + step + "\\s*:"))).click();
        assertThat(heading()).hasText(step);
    }

    private void completeTask() {
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
    }

    @Test
    void fromTheDossierCheckToTheApproval() {
        String title = "Nước sạch Bến Cầu " + UUID.randomUUID().toString().substring(0, 8);
        long id = createDraft(proposal("PROJECT", title));
        byte[] pdf = "%PDF-1.7 văn bản đề nghị".getBytes();
        upload(OFFICER).multiPart("type", "REQUEST_LETTER").multiPart("file", "văn bản đề nghị.pdf", pdf, "application/pdf")
                .post("/api/proposals/" + id + "/documents").then().statusCode(201);
        as(OFFICER).post("/api/proposals/" + id + "/submit").then().statusCode(200);

        // The appraiser checks the dossier: the proposal and its documents beside the form.
        signIn(APPRAISER);
        openTask(title, "Kiểm tra hồ sơ");
        assertThat(page.locator("vt-proposal-summary")).containsText("Plan International");
        assertThat(page.locator("vt-proposal-summary")).containsText("125.000,5 USD");
        assertThat(page.getByTestId("task-assignee")).hasText("Chưa có người nhận");
        // The check's time limit is the province's own: no article to cite.
        assertThat(page.getByTestId("task-deadline")).hasText(Pattern.compile(
                "Thời hạn 3 ngày làm việc\\s*—\\s*thời hạn nội bộ \\(pháp luật không quy định\\)"));
        assertThat(page.getByRole(AriaRole.RADIO)).hasCount(2);
        // No edit link: this step does not let anyone edit the proposal.
        assertThat(page.getByRole(AriaRole.LINK, named("Sửa đề xuất và tài liệu"))).hasCount(0);
        // The checker sees the same checklist of the documents the law expects as the officer did.
        assertThat(page.getByTestId("checklist")).containsText("Còn thiếu 3 trong 4 tài liệu bắt buộc");
        assertThat(page.getByTestId("checklist").locator("li").filter(new Locator.FilterOptions()
                .setHasText("Văn bản đề nghị phê duyệt"))).containsText("Đã có");
        check("check-dossier");
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Tải xuống văn bản đề nghị.pdf")).click());
        assertThat(download.suggestedFilename()).isEqualTo("văn bản đề nghị.pdf");

        // Two outcomes: nothing is chosen for the checker.
        completeTask();
        assertThat(page.locator(".error-summary")).containsText("Chọn kết quả xử lý");
        // "Request a supplement" asks for the missing items; "complete" asks for nothing.
        page.getByLabel("Yêu cầu bổ sung hồ sơ").check();
        assertThat(page.getByLabel("Các tài liệu còn thiếu")).isVisible();
        page.getByLabel("Hồ sơ đầy đủ").check();
        assertThat(page.getByLabel("Các tài liệu còn thiếu")).hasCount(0);
        page.getByLabel("Ý kiến, ghi chú (không bắt buộc)").fill("Hồ sơ đủ thành phần theo quy định.");
        completeTask();
        assertThat(heading()).hasText("Hộp công việc");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã hoàn thành việc «Kiểm tra hồ sơ»"))).isVisible();
        assertThat(status(id)).isEqualTo("CONSULTING");

        // Choose the agencies: the only outcome is chosen already; at least one agency.
        openTask(title, "Chọn cơ quan lấy ý kiến");
        assertThat(page.getByLabel("Gửi lấy ý kiến")).isChecked();
        completeTask();
        assertThat(page.locator(".error-summary")).containsText("Chọn ít nhất một cơ quan");
        assertThat(page.locator("#field-agencies-error")).isVisible();
        check("collect-no-agency");
        page.getByLabel("Công an tỉnh (CA)").check();
        page.getByLabel("Sở Y tế (SYT)").check();
        completeTask();
        assertThat(heading()).hasText("Hộp công việc");

        // Each consulted agency sees only its own opinion task and answers it.
        signIn(CONSULTEE_POLICE);
        open("/inbox?q=" + title.replace(" ", "%20"));
        assertThat(rows()).hasCount(1);
        openTask(title, "Cho ý kiến");
        assertThat(page.getByRole(AriaRole.RADIO)).hasCount(3);
        page.getByLabel("Đồng ý có điều kiện").check();
        page.getByLabel("Điều kiện kèm theo").fill("Cần báo cáo danh sách chuyên gia nước ngoài trước khi nhập cảnh.");
        check("opinion-police");
        completeTask();
        assertThat(heading()).hasText("Hộp công việc");
        assertThat(page.getByText("Không có công việc nào phù hợp.")).isVisible();

        signIn(CONSULTEE_HEALTH);
        open("/inbox?q=" + title.replace(" ", "%20"));
        assertThat(rows()).hasCount(1);
        openTask(title, "Cho ý kiến");
        page.getByLabel("Đồng ý", new Page.GetByLabelOptions().setExact(true)).check();
        completeTask();
        assertThat(heading()).hasText("Hộp công việc");
        assertThat(status(id)).isEqualTo("APPRAISING");

        // The appraiser sees both opinions, the police's with its conditions, above the form.
        signIn(APPRAISER);
        openTask(title, "Thẩm định đề xuất");
        Locator opinions = page.getByTestId("task-earlier").getByTestId("step-record");
        assertThat(opinions).hasCount(2);
        Locator police = opinions.filter(new Locator.FilterOptions().setHasText("Cho ý kiến — Công an tỉnh"));
        assertThat(police).containsText("Đồng ý có điều kiện");
        assertThat(police.getByTestId("record-field")).hasText(Pattern.compile(
                "Điều kiện kèm theo\\s*Cần báo cáo danh sách chuyên gia nước ngoài trước khi nhập cảnh\\."));
        assertThat(police).containsText(CONSULTEE_POLICE);
        Locator health = opinions.filter(new Locator.FilterOptions().setHasText("Cho ý kiến — Sở Y tế"));
        assertThat(health).containsText("Đồng ý");
        assertThat(health.getByTestId("record-field")).hasCount(0);
        assertThat(page.getByTestId("task-earlier").locator("xpath=following-sibling::section//form")).hasCount(1);
        // The appraisal's 20 days are the decree's, in days, and the page says which article.
        assertThat(page.getByTestId("task-deadline")).containsText("Thời hạn 20 ngày (tính cả ngày nghỉ");
        assertThat(page.getByTestId("task-deadline")).containsText("căn cứ Điều 10 khoản 6 Nghị định 80/2020/NĐ-CP");
        check("appraise-sees-opinions");
        // The appraisal recommends approval; the summary is required and said so at the field.
        page.getByLabel("Đề nghị phê duyệt", new Page.GetByLabelOptions().setExact(true)).check();
        completeTask();
        assertThat(page.locator("#field-appraisalSummary-error")).hasText("Chưa nhập «Tóm tắt kết quả thẩm định»");
        page.locator(".error-summary").getByText("Chưa nhập «Tóm tắt kết quả thẩm định»").click();
        assertThat(page.getByLabel("Tóm tắt kết quả thẩm định")).isFocused();
        assertThat(page.getByText("Tối đa 4.000 ký tự.").first()).isVisible();
        check("appraise-missing-summary");
        page.getByLabel("Tóm tắt kết quả thẩm định").fill("Dự án phù hợp quy hoạch, nguồn vốn rõ ràng.");
        completeTask();
        assertThat(heading()).hasText("Hộp công việc");

        // The approver sees the appraisal, then both opinions, above the decision.
        signIn(APPROVER);
        openTask(title, "Phê duyệt đề xuất");
        Locator earlier = page.getByTestId("task-earlier").getByTestId("step-record");
        assertThat(earlier).hasCount(3);
        assertThat(earlier.first()).containsText("Thẩm định đề xuất");
        assertThat(earlier.first()).containsText("Đề nghị phê duyệt");
        assertThat(earlier.first().getByTestId("record-field")).hasText(Pattern.compile(
                "Tóm tắt kết quả thẩm định\\s*Dự án phù hợp quy hoạch, nguồn vốn rõ ràng\\."));
        assertThat(earlier.nth(1)).containsText("Công an tỉnh");
        assertThat(earlier.nth(1)).containsText("Cần báo cáo danh sách chuyên gia nước ngoài trước khi nhập cảnh.");
        assertThat(earlier.nth(2)).containsText("Sở Y tế");
        check("approve-sees-appraisal");
        // The decision: number, date (dd/mm/yyyy), signer, and conditions of its own.
        assertThat(page.getByRole(AriaRole.RADIO)).hasCount(3);
        page.getByLabel("Phê duyệt", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Số quyết định").fill("1234/QĐ-UBND");
        page.getByLabel("Ngày quyết định").fill("31/02/2026");
        page.getByLabel("Người ký quyết định").fill("Chủ tịch UBND tỉnh Nguyễn Văn Án");
        page.getByLabel("Điều kiện kèm theo quyết định (không bắt buộc)").fill("Báo cáo tiến độ hằng quý cho Sở Ngoại vụ.");
        completeTask();
        assertThat(page.locator("#field-decisionDate-error")).containsText("phải là ngày có thật");
        check("approve-bad-date");
        // A date the service refuses (tomorrow): only the error; the task is left as it was, nobody's.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        page.getByLabel("Ngày quyết định").fill(today.plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        expectAnswer(400, "POST", "/api/tasks/" + task(id, "approveProposal", APPROVER) + "/complete");
        completeTask();
        assertThat(page.locator("#field-decisionDate-error")).containsText("Ngày quyết định");
        assertThat(page.locator(".notice-success")).hasCount(0);
        assertThat(page.getByTestId("task-assignee")).hasText("Chưa có người nhận");
        check("approve-refused-date");
        page.getByLabel("Ngày quyết định").fill(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        completeTask();
        assertThat(heading()).hasText("Hộp công việc");

        assertThat(status(id)).isEqualTo("APPROVED");
        var decided = proposalOf(id);
        assertThat(decided.getString("decision.number")).isEqualTo("1234/QĐ-UBND");
        assertThat(decided.getString("decision.date")).isEqualTo(today.toString());
        assertThat(decided.getString("decision.signer")).isEqualTo("Chủ tịch UBND tỉnh Nguyễn Văn Án");
        open("/proposals?q=" + title.replace(" ", "%20"));
        assertThat(page.locator("table tbody tr").first()).containsText("Đã phê duyệt");
        check("approved");

        // The proposal page: the opinions with their conditions, and what every step recorded.
        open("/proposals/" + id);
        assertThat(heading()).hasText(title);
        assertThat(page.getByTestId("opinion").filter(new Locator.FilterOptions().setHasText("Công an tỉnh")))
                .containsText("Điều kiện kèm theo");
        assertThat(page.getByTestId("opinion").filter(new Locator.FilterOptions().setHasText("Công an tỉnh")))
                .containsText("Cần báo cáo danh sách chuyên gia nước ngoài trước khi nhập cảnh.");
        Locator records = page.locator("section[aria-labelledby=records-heading]").getByTestId("step-record");
        assertThat(records).hasCount(6);
        assertThat(records.filter(new Locator.FilterOptions().setHasText("Thẩm định đề xuất")))
                .containsText("Dự án phù hợp quy hoạch, nguồn vốn rõ ràng.");
        Locator approval = records.filter(new Locator.FilterOptions().setHasText("Phê duyệt đề xuất"));
        assertThat(approval).containsText("1234/QĐ-UBND");
        assertThat(approval).containsText("Báo cáo tiến độ hằng quý cho Sở Ngoại vụ.");
        assertThat(approval).containsText(APPROVER);
        // Nobody claimed anything by hand: no claim in the timeline.
        assertThat(page.getByTestId("timeline-entry").first()).isVisible();
        assertThat(page.getByTestId("timeline-entry").filter(new Locator.FilterOptions().setHasText("Nhận xử lý"))).hasCount(0);
        check("proposal-records");

        // The approved project lists the conditions its approval carries, and where each came from.
        open("/projects/" + id);
        Locator conditions = page.getByTestId("condition");
        assertThat(conditions).hasCount(2);
        assertThat(conditions.first()).containsText("Cần báo cáo danh sách chuyên gia nước ngoài trước khi nhập cảnh.");
        assertThat(conditions.first()).containsText("Cho ý kiến — Công an tỉnh");
        assertThat(conditions.nth(1)).containsText("Báo cáo tiến độ hằng quý cho Sở Ngoại vụ.");
        assertThat(conditions.nth(1)).containsText("Phê duyệt đề xuất · " + APPROVER);
        check("project-conditions");
    }

    @Test
    void theApproverCanSendBackWithAReasonAndTheFormWorksOnAPhone() {
        String title = "Trả lại thẩm định " + UUID.randomUUID().toString().substring(0, 8);
        long id = submitted("PROJECT", title);
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", java.util.List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt"));

        context.close();
        context = browser().newContext(viewport(390, 844));
        page = context.newPage();
        watch(page);
        signIn(APPROVER);
        openTask(title, "Phê duyệt đề xuất");
        page.getByLabel("Trả lại thẩm định").check();
        assertThat(page.getByLabel("Lý do trả lại thẩm định")).isVisible();
        page.getByLabel("Lý do trả lại thẩm định").fill("Cần làm rõ phương án vốn đối ứng.");
        check("send-back-phone");
        completeTask();
        assertThat(heading()).hasText("Hộp công việc");
        assertThat(status(id)).isEqualTo("APPRAISING");
    }

    @Test
    void aTaskCompletedMeanwhileSaysSo() {
        String title = "Việc đã xong " + UUID.randomUUID().toString().substring(0, 8);
        long id = submitted("PROJECT", title);
        signIn(APPRAISER);
        openTask(title, "Kiểm tra hồ sơ");
        page.getByLabel("Hồ sơ đầy đủ").check();
        page.getByLabel("Ý kiến, ghi chú (không bắt buộc)").fill("Ý kiến không được mất");

        // Meanwhile the same task is completed elsewhere; the page's completion is refused.
        expectAnswer(409, "POST", "/api/tasks/" + task(id, "checkDossier", APPRAISER) + "/complete");
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        completeTask();
        assertThat(page.getByTestId("task-gone")).containsText("đã được người khác hoàn thành hoặc nhận xử lý");
        assertThat(page.getByTestId("kept-comment")).hasText("Ý kiến không được mất");
        check("task-gone");
        page.getByRole(AriaRole.LINK, named("Về hộp công việc")).click();
        assertThat(heading()).hasText("Hộp công việc");
        open("/inbox?q=" + title.replace(" ", "%20") + "&key=checkDossier");
        assertThat(page.getByText("Không có công việc nào phù hợp.")).isVisible();
    }

    @Test
    void aTaskClaimedBySomeoneElseSaysSoInEnglishToo() {
        String title = "Người khác nhận " + UUID.randomUUID().toString().substring(0, 8);
        long id = submitted("PROJECT", title);
        String check = task(id, "checkDossier", APPRAISER);
        Fixtures.user("thamdinh5.stc", "appraiser", "STC", "appraiser,consultee");
        as("thamdinh5.stc").post("/api/tasks/" + check + "/claim").then().statusCode(200);

        signIn(APPRAISER);
        page.getByTestId("language-switch").click();
        expectAnswer(409, "GET", "/api/tasks/" + check);
        open("/tasks/" + check);
        assertThat(page.getByTestId("task-gone")).containsText("Someone else completed or claimed this task");
        check("task-claimed-elsewhere-en");
    }

    /** Journey 2's answers: the officer edits the proposal from the supplement task, then resubmits it. */
    @Test
    void theOfficerSupplementsTheDossierThroughTheEditFormAndResubmits() {
        String title = "Bổ sung hồ sơ " + UUID.randomUUID().toString().substring(0, 8);
        long id = submitted("PROJECT", title);
        complete(id, "checkDossier", APPRAISER, "incomplete", Map.of("missingItems", "Thư cam kết tài trợ"));

        signIn(OFFICER);
        openTask(title, "Bổ sung hồ sơ");
        assertThat(page.getByTestId("task-assignee")).hasText("Bạn");
        // Assigned by the process, so it cannot be handed back.
        assertThat(page.getByRole(AriaRole.BUTTON, named("Trả lại việc"))).hasCount(0);
        page.getByLabel("Rút đề xuất").check();
        assertThat(page.getByLabel("Lý do rút đề xuất")).isVisible();
        check("supplement");

        page.getByRole(AriaRole.LINK, named("Sửa đề xuất và tài liệu")).click();
        page.waitForURL(u -> u.endsWith("#/proposals/" + id + "/edit"));
        page.getByLabel("Chủ khoản viện trợ").fill("Ủy ban nhân dân xã Gò Dầu (bổ sung)");
        page.getByRole(AriaRole.BUTTON, named("Lưu thay đổi")).click();
        assertThat(page.getByText("Đã lưu thay đổi.")).isVisible();
        assertThat(proposalOf(id).getString("aidOwner")).isEqualTo("Ủy ban nhân dân xã Gò Dầu (bổ sung)");

        openTask(title, "Bổ sung hồ sơ");
        page.getByLabel("Nộp lại hồ sơ").check();
        completeTask();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã hoàn thành việc «Bổ sung hồ sơ»"))).isVisible();
        assertThat(status(id)).isEqualTo("CHECKING");
        assertThat(task(id, "checkDossier", APPRAISER)).isNotBlank();
    }

    /** Journey 2's answers: a proposal returned for revision is withdrawn, and the reason is required. */
    @Test
    void theOfficerWithdrawsARevisionWithAReason() {
        String title = "Chỉnh sửa rồi rút " + UUID.randomUUID().toString().substring(0, 8);
        long id = submitted("EMERGENCY_RELIEF", title);
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "returnForRevision", Map.of("revisionRequest", "Bổ sung danh sách hàng hóa"));

        signIn(OFFICER);
        openTask(title, "Chỉnh sửa đề xuất");
        page.getByLabel("Rút đề xuất").check();
        completeTask();
        assertThat(page.locator(".error-summary")).containsText("Lý do rút đề xuất");
        check("revise-reason-missing");
        page.getByLabel("Lý do rút đề xuất").fill("Nhà tài trợ đã chuyển khoản viện trợ sang tỉnh khác.");
        completeTask();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã hoàn thành việc «Chỉnh sửa đề xuất»"))).isVisible();
        assertThat(status(id)).isEqualTo("WITHDRAWN");
        assertThat(proposalOf(id).getString("closingReason")).isEqualTo("Nhà tài trợ đã chuyển khoản viện trợ sang tỉnh khác.");
    }
}
