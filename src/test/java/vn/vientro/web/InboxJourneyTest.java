package vn.vientro.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.vientro.support.Api.*;

/** Journey 4, the inbox: the appraiser's tasks with their proposals, filtered, sorted, paged, claimed and handed back. */
@QuarkusTest
class InboxJourneyTest extends BrowserTest {

    @Inject
    ProcessEngine engine;

    private Locator rows() {
        return page.locator("table.inbox-table tbody tr");
    }

    private void search(String text) {
        page.getByLabel("Tìm theo tên đề xuất, tổ chức").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm").setExact(true)).click();
    }

    @Test
    void theAppraiserFiltersSortsClaimsAndHandsBack() {
        String tag = "Hộp việc " + UUID.randomUUID().toString().substring(0, 8);
        long relief = submitted("EMERGENCY_RELIEF", tag + " cứu trợ lũ lụt");
        long project = submitted("PROJECT", tag + " trạm y tế xã");

        signIn(APPRAISER);
        open("/inbox");
        assertThat(heading()).hasText("Hộp công việc");
        check("inbox");

        search(tag);
        assertThat(rows()).hasCount(2);
        // Due soonest first: emergency relief is checked within 1 working day, a project within 3.
        assertThat(rows().nth(0)).containsText("cứu trợ lũ lụt");
        assertThat(rows().nth(0)).containsText("Kiểm tra hồ sơ");
        assertThat(rows().nth(0)).containsText("Viện trợ khẩn cấp");
        assertThat(rows().nth(0)).containsText("125.000,5 USD");
        assertThat(rows().nth(0)).containsText("Đang kiểm tra hồ sơ");
        assertThat(rows().nth(0)).containsText("Chưa có người nhận");
        check("inbox-search");

        page.getByLabel("Sắp xếp").selectOption("CREATED-desc");
        assertThat(rows().nth(0)).containsText("trạm y tế xã");
        page.waitForURL(Pattern.compile(".*sort=CREATED.*desc=true.*"));

        page.getByLabel("Loại viện trợ").selectOption("EMERGENCY_RELIEF");
        assertThat(rows()).hasCount(1);
        assertThat(rows().nth(0)).containsText("cứu trợ lũ lụt");
        // The filters live in the address: a reload shows the same list.
        page.reload();
        assertThat(page.getByLabel("Loại viện trợ")).hasValue("EMERGENCY_RELIEF");
        assertThat(page.getByLabel("Tìm theo tên đề xuất, tổ chức")).hasValue(tag);
        assertThat(rows()).hasCount(1);
        page.getByLabel("Loại viện trợ").selectOption("");
        assertThat(rows()).hasCount(2);

        page.getByLabel("Bước xử lý").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Thẩm định đề xuất"));
        assertThat(page.getByText("Không có công việc nào phù hợp.")).isVisible();
        page.getByLabel("Bước xử lý").selectOption("checkDossier");
        assertThat(rows()).hasCount(2);
        page.getByLabel("Chỉ việc đã quá hạn").check();
        assertThat(page.getByText("Không có công việc nào phù hợp.")).isVisible();
        check("inbox-none");
        page.getByLabel("Chỉ việc đã quá hạn").uncheck();
        assertThat(rows()).hasCount(2);

        Locator projectRow = rows().filter(new Locator.FilterOptions().setHasText("trạm y tế xã"));
        projectRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Nhận việc"))).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Bạn đã nhận việc"))).isVisible();
        assertThat(projectRow).containsText("Tôi");
        check("inbox-claimed");
        org.assertj.core.api.Assertions.assertThat(as(APPRAISER).get("/api/tasks/" + task(project, "checkDossier", APPRAISER))
                .then().extract().<String>path("assignee")).isEqualTo(APPRAISER);

        projectRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Trả lại việc"))).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Bạn đã trả lại việc"))).isVisible();
        assertThat(projectRow).containsText("Chưa có người nhận");
        org.assertj.core.api.Assertions.assertThat(as(APPRAISER).get("/api/tasks/" + task(relief, "checkDossier", APPRAISER))
                .then().extract().<String>path("assignee")).isNull();
    }

    @Test
    void aLongInboxIsPagedAndTheOverdueAndEscalatedFlagsAreWords() {
        String tag = "Nhiều việc " + UUID.randomUUID().toString().substring(0, 8);
        long late = submitted("PROJECT", tag + " số 1");
        for (int i = 2; i <= 21; i++) {
            submitted("PROJECT", tag + " số " + i);
        }
        // The first check is past its due date and its timer has escalated it.
        String pid = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(late))
                .singleResult().getId();
        var tasks = engine.getTaskService();
        var check = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("checkDossier").singleResult();
        check.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(2))));
        tasks.saveTask(check);
        var timer = engine.getManagementService().createJobQuery().processInstanceId(pid).activityId("checkDossierOverdue").singleResult();
        engine.getManagementService().executeJob(timer.getId());

        signIn(APPRAISER);
        open("/inbox?q=" + tag.replace(" ", "%20"));
        assertThat(rows()).hasCount(20);
        assertThat(page.getByText("1–20 trong 21")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trang sau")).click();
        assertThat(rows()).hasCount(1);
        assertThat(page.getByText("21–21 trong 21")).isVisible();
        page.waitForURL(Pattern.compile(".*page=1.*"));
        check("inbox-page-2");

        page.getByLabel("Chỉ việc đã quá hạn").check();
        assertThat(rows()).hasCount(1);
        assertThat(rows().nth(0)).containsText(tag + " số 1");
        assertThat(rows().nth(0).locator(".tag", new Locator.LocatorOptions().setHasText(Pattern.compile("^Quá hạn$")))).isVisible();
        assertThat(rows().nth(0).locator(".tag", new Locator.LocatorOptions().setHasText("Đã báo quá hạn"))).isVisible();
        check("inbox-overdue");
    }

    @Test
    void onAPhoneTheRowsStack() {
        String tag = "Điện thoại " + UUID.randomUUID().toString().substring(0, 8);
        submitted("PROJECT", tag + " nhà văn hóa");
        context.close();
        context = browser().newContext(viewport(390, 844));
        page = context.newPage();
        watch(page);
        signIn(APPRAISER);
        open("/inbox?q=" + tag.replace(" ", "%20"));
        assertThat(rows()).hasCount(1);
        assertThat(rows().nth(0)).containsText("nhà văn hóa");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Nhận việc")))).isVisible();
        check("inbox-phone");
    }
}
