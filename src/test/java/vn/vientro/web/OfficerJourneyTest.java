package vn.vientro.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * Journey 2: the officer drafts a proposal through the pages, edits it later, builds its dossier, checks
 * the answers and submits; failed saves keep what was typed; a supplement request lets the owner edit again.
 */
@QuarkusTest
class OfficerJourneyTest extends BrowserTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final byte[] PDF = "%PDF-1.4\n% Công văn đề nghị phê duyệt\n".getBytes(StandardCharsets.UTF_8);

    private static String unique(String title) {
        return title + " " + (System.currentTimeMillis() % 1_000_000) + "-" + SEQUENCE.incrementAndGet();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator label(String text) {
        return Labels.labelled(page, text);
    }

    private long idFromAddress() {
        Matcher m = Pattern.compile("#/proposals/(\\d+)/").matcher(page.url());
        assertThat(m.find()).as("address %s names the proposal", page.url()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theOfficerDraftsEditsBuildsTheDossierAndSubmits() {
        String title = unique("Nước sạch và vệ sinh cho đồng bào Khơ-me ở xã Gò Dầu");
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(title);

        signIn(OFFICER);
        open("/proposals");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tạo đề xuất mới")).click();
        assertThat(heading()).hasText("Tạo đề xuất viện trợ");
        assertThat(label("Tên đề xuất (tiếng Việt)")).isVisible();
        assertThat(heading()).isFocused();
        check("form-empty");

        // Nothing filled in: every required field is named in the summary and at the field.
        button("Lưu dự thảo").click();
        Locator summary = page.locator(".error-summary");
        assertThat(summary).containsText("Chọn loại viện trợ");
        assertThat(summary).containsText("Nhập tên đề xuất bằng tiếng Việt");
        assertThat(summary).containsText("Chọn tổ chức tài trợ");
        assertThat(summary).containsText("Chọn ít nhất một địa bàn");
        assertThat(page.locator("#titleVi-error")).hasText("Nhập tên đề xuất bằng tiếng Việt");
        summary.getByText("Nhập tên đề xuất bằng tiếng Việt").click();
        assertThat(label("Tên đề xuất (tiếng Việt)")).isFocused();
        check("form-required");

        // The NGO whose certificate expired is listed with the reason and cannot be chosen.
        Locator expired = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Quỹ Mérieux"));
        assertThat(expired).isDisabled();
        assertThat(page.locator(".ngo-blocked").filter(new Locator.FilterOptions().setHasText("Quỹ Mérieux")))
                .containsText("Không chọn được: giấy đăng ký đã hết hạn");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Tổ chức Plan International"))).isEnabled();

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Dự án").setExact(true)).check();
        label("Tên đề xuất (tiếng Việt)").fill(decomposed);
        label("Tên đề xuất (tiếng Anh)").fill("Clean water and sanitation in Go Dau");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Tổ chức Plan International")).check();
        label("Chủ khoản viện trợ").fill("Trung tâm Y tế khu vực Gò Dầu");

        // The total follows the shares as they are typed, in a polite live region.
        Locator total = page.getByTestId("sector-total");
        assertThat(total).hasAttribute("aria-live", "polite");
        label("Lĩnh vực 1").selectOption(new SelectOption().setLabel("Y tế (12220)"));
        label("Tỷ lệ lĩnh vực 1").fill("60");
        assertThat(total).containsText("Tổng tỷ lệ: 60%");
        assertThat(total).containsText("Còn thiếu 40%");
        button("Thêm lĩnh vực").click();
        assertThat(label("Lĩnh vực 2")).isFocused();
        label("Lĩnh vực 2").selectOption(new SelectOption().setLabel("Bình đẳng giới, phòng chống bạo lực gia đình (15180)"));
        label("Tỷ lệ lĩnh vực 2").fill("30");
        assertThat(total).containsText("Tổng tỷ lệ: 90%");
        label("Tỷ lệ lĩnh vực 2").fill("40");
        assertThat(total).containsText("Tổng tỷ lệ: 100%");
        assertThat(total).containsText("Đủ 100%");

        // Only the units that exist today: the communes of the merged province, not the old districts.
        assertThat(label("Huyện Gò Dầu")).hasCount(0);
        label("Xã Gò Dầu").check();
        label("Phường Tân Ninh").check();

        // The end before the start: the service refuses it and the page says so at the field.
        label("Ngày bắt đầu").fill("01/03/2027");
        label("Ngày kết thúc").fill("28/02/2027");
        label("Giá trị cam kết").fill("125.000,50");
        label("Loại tiền").selectOption("USD");
        label("Vốn đối ứng (VND)").fill("500.000.000");
        label("Số người hưởng lợi").fill("1500");
        label("Mô tả").fill("Xây dựng 3 trạm cấp nước; tập huấn vệ sinh cho 1.500 người dân.");
        expectAnswer(400, "POST", "/api/proposals");
        button("Lưu dự thảo").click();
        // the API names the start date as 2027-03-01; the page writes it the Vietnamese way
        assertThat(page.locator("#plannedEnd-error")).hasText("Ngày kết thúc không được trước ngày bắt đầu (01/03/2027).");
        assertThat(summary).containsText("Ngày kết thúc không được trước ngày bắt đầu (01/03/2027).");
        assertThat(label("Mô tả")).hasValue("Xây dựng 3 trạm cấp nước; tập huấn vệ sinh cho 1.500 người dân.");
        assertThat(label("Tỷ lệ lĩnh vực 2")).hasValue("40");
        check("form-server-error");

        label("Ngày kết thúc").fill("28/02/2029");
        button("Lưu dự thảo").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã lưu dự thảo"))).isVisible();
        assertThat(heading()).hasText("Sửa đề xuất viện trợ");
        long id = idFromAddress();
        var stored = proposalOf(id);
        assertThat(stored.getString("titleVi")).isEqualTo(title);
        assertThat(stored.getString("titleVi").getBytes(StandardCharsets.UTF_8)).isEqualTo(title.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.getString("plannedEnd")).isEqualTo("2029-02-28");
        assertThat(stored.getDouble("committedAmount")).isEqualTo(125000.5);
        assertThat(stored.getList("locations.code")).containsExactlyInAnyOrder("TN-GODAU", "TN-TANNINH");
        assertThat(stored.getString("status")).isEqualTo("DRAFT");
        check("form-saved");

        // Later: from My proposals, the draft opens for editing with what was saved.
        open("/proposals");
        assertThat(heading()).hasText("Đề xuất của tôi");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(heading()).hasText("Sửa đề xuất viện trợ");
        assertThat(label("Tên đề xuất (tiếng Việt)")).hasValue(title);
        assertThat(label("Ngày kết thúc")).hasValue("28/02/2029");
        assertThat(label("Xã Gò Dầu")).isChecked();
        assertThat(page.getByTestId("sector-total")).containsText("Đủ 100%");
        label("Số người hưởng lợi").fill("2000");
        button("Lưu dự thảo").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã lưu thay đổi"))).isVisible();
        assertThat(proposalOf(id).getInt("beneficiaries")).isEqualTo(2000);

        // The dossier: a PDF by the file picker is listed; a file too large and one of the wrong type are refused.
        Locator uploader = page.locator("vt-document-uploader");
        Locator files = uploader.getByLabel("Chọn tệp", new Locator.GetByLabelOptions().setExact(true));
        files.setInputFiles(new FilePayload("Công văn đề nghị số 12.pdf", "application/pdf", PDF));
        uploader.getByLabel("Loại tài liệu của tệp Công văn đề nghị số 12.pdf")
                .selectOption(new SelectOption().setLabel("Văn bản đề nghị phê duyệt"));
        button("Tải lên").click();
        Locator uploaded = uploader.locator(".documents-table");
        assertThat(uploaded).containsText("Công văn đề nghị số 12.pdf");
        assertThat(uploaded).containsText("Văn bản đề nghị phê duyệt");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã tải lên tài liệu"))).isVisible();
        check("document-uploaded");

        files.setInputFiles(new FilePayload("Văn kiện dự án.pdf", "application/pdf", new byte[11 * 1024 * 1024]));
        assertThat(page.getByTestId("upload-error")).containsText("quá lớn: tối đa 10 MB");
        button("Bỏ Văn kiện dự án.pdf").click();
        files.setInputFiles(new FilePayload("ghi chú.txt", "text/plain", "ghi chú".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByTestId("upload-error")).containsText("không thuộc loại được nhận");
        button("Bỏ ghi chú.txt").click();
        // Declared a PDF, but it is not one: the service refuses it (415) and the page says why.
        files.setInputFiles(new FilePayload("giả mạo.pdf", "application/pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8)));
        uploader.getByLabel("Loại tài liệu của tệp giả mạo.pdf").selectOption(new SelectOption().setLabel("Tài liệu khác"));
        expectAnswer(415, "POST", "/api/proposals/" + id + "/documents");
        button("Tải lên").click();
        assertThat(page.getByTestId("upload-error")).containsText("giả mạo.pdf bị từ chối");
        assertThat(uploaded.locator("tbody tr")).hasCount(1);
        check("document-refused");
        button("Bỏ giả mạo.pdf").click();

        // The checklist of the documents the law expects for a project: the request is there, others are missing.
        Locator checklist = page.getByTestId("checklist").first();
        assertThat(checklist).containsText("Văn bản đề nghị phê duyệt");
        assertThat(checklist.locator("li").filter(new Locator.FilterOptions().setHasText("Văn bản đề nghị phê duyệt"))).containsText("Đã có");
        assertThat(checklist.locator("li").filter(new Locator.FilterOptions().setHasText("Thư cam kết tài trợ"))).containsText("Còn thiếu");

        // Check your answers, then submit: the missing documents ask for a confirmation first.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kiểm tra và trình đề xuất")).click();
        assertThat(heading()).hasText("Kiểm tra đề xuất trước khi trình");
        assertThat(page.locator("vt-proposal-summary")).containsText(title);
        assertThat(page.locator("vt-proposal-summary")).containsText("125.000,5 USD");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thay đổi Thông tin đề xuất"))).isVisible();
        assertThat(page.locator("main")).containsText("Công văn đề nghị số 12.pdf");
        check("check-answers");

        button("Trình đề xuất").click();
        Locator confirm = page.getByTestId("confirm-missing");
        assertThat(confirm).containsText("Hồ sơ còn thiếu tài liệu bắt buộc");
        assertThat(confirm).containsText("Thư cam kết tài trợ");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hồ sơ còn thiếu tài liệu bắt buộc"))).isFocused();
        assertThat(status(id)).isEqualTo("DRAFT");
        check("confirm-missing");
        button("Vẫn trình đề xuất").click();

        assertThat(heading()).hasText("Đã trình đề xuất");
        assertThat(page.getByTestId("submitted")).containsText("Đang kiểm tra hồ sơ");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem đề xuất"))).hasAttribute("href", "#/proposals/" + id);
        check("submitted");
        assertThat(status(id)).isEqualTo("CHECKING");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đề xuất của tôi").setExact(true)).last().click();
        assertThat(heading()).hasText("Đề xuất của tôi");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).containsText("Đang kiểm tra hồ sơ");
        assertThat(row.getByRole(AriaRole.LINK)).hasAttribute("href", "#/proposals/" + id);
        check("my-proposals");
    }

    @Test
    void aFailedSaveKeepsWhatWasTypedAndASupplementRequestOpensTheDossierAgain() {
        String title = unique("Hỗ trợ người khuyết tật ở Phường Tân Ninh");
        long id = submitted("PROJECT", title);
        signIn(OFFICER);

        // Submitted and being checked: the service refuses the change (409); the page keeps the text.
        open("/proposals/" + id + "/edit");
        assertThat(heading()).hasText("Sửa đề xuất viện trợ");
        assertThat(page.locator("main")).containsText("Đang kiểm tra hồ sơ");
        label("Mô tả").fill("Bổ sung: danh sách 120 người hưởng lợi đã được xã xác nhận.");
        expectAnswer(409, "PUT", "/api/proposals/" + id);
        button("Lưu thay đổi").click();
        assertThat(page.locator(".error-summary")).containsText("không còn ở trạng thái cho phép sửa");
        assertThat(label("Mô tả")).hasValue("Bổ sung: danh sách 120 người hưởng lợi đã được xã xác nhận.");
        check("refused-409");

        // The appraiser asks for a supplement: now the owner may change the proposal and its dossier.
        complete(id, "checkDossier", APPRAISER, "incomplete", Map.of("missingItems", "Thiếu thư cam kết tài trợ."));
        page.reload();
        assertThat(heading()).hasText("Sửa đề xuất viện trợ");
        assertThat(page.locator("main")).containsText("Yêu cầu bổ sung");
        Locator uploader = page.locator("vt-document-uploader");
        uploader.getByLabel("Chọn tệp", new Locator.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("Thư cam kết.pdf", "application/pdf", PDF));
        uploader.getByLabel("Loại tài liệu của tệp Thư cam kết.pdf").selectOption(new SelectOption().setLabel("Thư cam kết tài trợ"));
        button("Tải lên").click();
        assertThat(uploader.locator(".documents-table")).containsText("Thư cam kết.pdf");

        // The connection drops while saving: the message says so and nothing typed is lost.
        label("Số người hưởng lợi").fill("120");
        label("Mô tả").fill("Bổ sung: danh sách 120 người hưởng lợi.");
        page.route("**/api/proposals/" + id, route -> {
            if ("PUT".equals(route.request().method())) {
                route.abort();
            } else {
                route.resume();
            }
        });
        expectFailure("PUT", "/api/proposals/" + id);
        button("Lưu thay đổi").click();
        assertThat(page.locator(".error-summary")).containsText("Không kết nối được với máy chủ");
        assertThat(label("Số người hưởng lợi")).hasValue("120");
        assertThat(label("Mô tả")).hasValue("Bổ sung: danh sách 120 người hưởng lợi.");
        page.unrouteAll();

        // A server error: the same.
        page.route("**/api/proposals/" + id, route -> {
            if ("PUT".equals(route.request().method())) {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(503)
                        .setContentType("application/problem+json").setBody("{\"status\":503,\"title\":\"Service Unavailable\"}"));
            } else {
                route.resume();
            }
        });
        expectAnswer(503, "PUT", "/api/proposals/" + id);
        button("Lưu thay đổi").click();
        assertThat(page.locator(".error-summary")).containsText("Máy chủ gặp lỗi");
        assertThat(label("Mô tả")).hasValue("Bổ sung: danh sách 120 người hưởng lợi.");
        page.unrouteAll();

        button("Lưu thay đổi").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã lưu thay đổi"))).isVisible();
        var stored = proposalOf(id);
        assertThat(stored.getInt("beneficiaries")).isEqualTo(120);
        assertThat(stored.getString("status")).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(stored.getList("documents.filename")).contains("Thư cam kết.pdf");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đến Hộp công việc"))).isVisible();
        check("supplement-edit");
    }

    /** A project's dossier of four, chosen together before anything is saved: uploading saves the draft first. */
    @Test
    void severalDocumentsAreAddedAtOnceBeforeTheFirstSave() {
        String title = unique("Hồ sơ bốn tài liệu cho trạm y tế xã Bến Cầu");
        Map<String, String> dossier = new java.util.LinkedHashMap<>();
        dossier.put("Công văn đề nghị.pdf", "Văn bản đề nghị phê duyệt");
        dossier.put("Thư cam kết tài trợ.pdf", "Thư cam kết tài trợ");
        dossier.put("Văn kiện dự án.pdf", "Văn kiện chương trình, dự án");
        dossier.put("Danh mục thiết bị.png", "Danh mục hàng hóa, dịch vụ và kết quả dự kiến");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        long before = ((Number) as(OFFICER).queryParam("mine", true).get("/api/proposals").then().statusCode(200)
                .extract().path("total")).longValue();

        signIn(OFFICER);
        open("/proposals/new");
        assertThat(heading()).hasText("Tạo đề xuất viện trợ");
        Locator uploader = page.locator("vt-document-uploader");
        assertThat(page.getByTestId("saved-first")).containsText("dự thảo được lưu trước");
        uploader.getByLabel("Chọn tệp", new Locator.GetByLabelOptions().setExact(true)).setInputFiles(
                dossier.keySet().stream().map(name -> name.endsWith(".png") ? new FilePayload(name, "image/png", png)
                        : new FilePayload(name, "application/pdf", PDF)).toArray(FilePayload[]::new));
        Locator pending = page.getByTestId("pending-documents");
        assertThat(pending.locator("tbody tr")).hasCount(4);

        // No type chosen: each file is named in the summary and at its row; nothing is sent.
        button("Tải lên 4 tài liệu").click();
        Locator uploadSummary = uploader.locator(".error-summary");
        assertThat(uploadSummary.locator("li")).hasCount(4);
        assertThat(uploader.getByTestId("upload-error")).hasCount(4);
        check("documents-without-types");

        dossier.forEach((file, type) ->
                uploader.getByLabel("Loại tài liệu của tệp " + file).selectOption(new SelectOption().setLabel(type)));
        // The types are chosen but the form is empty: the draft cannot be saved, the page says why, the files wait.
        button("Tải lên 4 tài liệu").click();
        assertThat(page.locator("vt-proposal-form > vt-error-summary"))
                .containsText("Nhập tên đề xuất bằng tiếng Việt");
        assertThat(uploadSummary).containsText("Chưa lưu được dự thảo nên chưa tải tài liệu lên");
        assertThat(pending.locator("tbody tr")).hasCount(4);
        assertThat(((Number) as(OFFICER).queryParam("mine", true).get("/api/proposals").then().statusCode(200)
                .extract().path("total")).longValue()).isEqualTo(before);
        check("documents-draft-not-saved");

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Dự án").setExact(true)).check();
        label("Tên đề xuất (tiếng Việt)").fill(title);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Tổ chức Plan International")).check();
        label("Chủ khoản viện trợ").fill("Trạm Y tế xã Bến Cầu");
        label("Lĩnh vực 1").selectOption(new SelectOption().setLabel("Y tế (12220)"));
        label("Tỷ lệ lĩnh vực 1").fill("100");
        label("Xã Bến Cầu").check();
        label("Ngày bắt đầu").fill("01/03/2027");
        label("Ngày kết thúc").fill("28/02/2029");
        label("Giá trị cam kết").fill("80.000");
        button("Tải lên 4 tài liệu").click();

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã tải lên 4 tài liệu"))).isVisible();
        assertThat(heading()).hasText("Sửa đề xuất viện trợ");
        assertThat(pending).hasCount(0);
        Locator uploaded = uploader.locator(".documents-table tbody tr");
        assertThat(uploaded).hasCount(4);
        dossier.forEach((file, type) -> assertThat(uploaded.filter(new Locator.FilterOptions().setHasText(file))).containsText(type));
        long id = idFromAddress();
        var stored = proposalOf(id);
        assertThat(stored.getString("titleVi")).isEqualTo(title);
        assertThat(stored.getString("status")).isEqualTo("DRAFT");
        assertThat(stored.getList("documents.filename")).containsExactlyInAnyOrderElementsOf(dossier.keySet());
        assertThat(stored.getList("documents.type")).containsExactlyInAnyOrder("REQUEST_LETTER", "DONOR_COMMITMENT",
                "PROJECT_DOCUMENT", "GOODS_LIST");
        check("documents-before-first-save");
    }

    @Test
    void theFormAndTheCheckPageWorkOnAPhone() {
        long id = createDraft(proposal("NON_PROJECT", unique("Trang thiết bị y tế cho Xã Bến Cầu")));
        BrowserContext phone = browser().newContext(viewport(390, 844));
        try {
            Page small = phone.newPage();
            watch(small);
            signIn(small, OFFICER);
            small.navigate(url("/#/proposals/" + id + "/edit"));
            assertThat(small.locator("main h1")).hasText("Sửa đề xuất viện trợ");
            assertThat(small.getByTestId("sector-total")).containsText("Đủ 100%");
            assertThat(small.locator("main")).containsText("Chưa có tài liệu nào.");
            Object overflow = small.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).isEqualTo(false);
            check(small, "phone-form");
            small.navigate(url("/#/proposals/" + id + "/check"));
            assertThat(small.locator("main h1")).hasText("Kiểm tra đề xuất trước khi trình");
            assertThat(small.locator("vt-proposal-summary")).containsText("Trang thiết bị y tế");
            check(small, "phone-check");
        } finally {
            phone.close();
        }
    }
}
