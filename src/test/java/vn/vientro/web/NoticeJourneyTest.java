package vn.vientro.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.vientro.support.Fixtures;

import java.nio.file.Path;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.vientro.support.Api.*;

/** The bell: the officer submits a proposal, and an appraiser sees a notice that leads to the new task. */
@QuarkusTest
class NoticeJourneyTest extends BrowserTest {

    @Test
    void anAppraiserSeesTheBellCountAndFollowsTheNoticeToTheTask() {
        String appraiser = "tbw" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.user(appraiser, "appraiser", "STC", "appraiser,consultee");
        String title = "Chuông thông báo " + UUID.randomUUID().toString().substring(0, 8);
        long id = submitted("PROJECT", title);
        String task = task(id, "checkDossier", appraiser);

        signIn(appraiser);
        assertThat(page.getByTestId("notice-count")).hasText("1");
        assertThat(page.getByTestId("notice-bell")).hasAttribute("aria-label", "Thông báo: 1 chưa đọc");
        page.getByTestId("notice-bell").click();
        assertThat(heading()).hasText("Thông báo");
        assertThat(page.getByTestId("notice")).hasCount(1);
        assertThat(page.getByTestId("notice")).containsText("Việc mới: Kiểm tra hồ sơ – " + title);
        check("notices");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshots/notices.png")));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Việc mới: Kiểm tra hồ sơ – " + title)).click();
        assertThat(page).hasURL(url("/#/tasks/" + task));
        assertThat(heading()).containsText("Kiểm tra hồ sơ");
        // Read by following it: the bell has nothing left to count
        assertThat(page.getByTestId("notice-count")).hasCount(0);
        assertThat(page.getByTestId("notice-bell")).hasAttribute("aria-label", "Thông báo: không có thông báo chưa đọc");
    }
}
