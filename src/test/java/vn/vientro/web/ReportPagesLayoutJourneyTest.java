package vn.vientro.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The reports pages read in English and fit a phone: the aid owner's home and one of its reports (the demo hospital's),
 * and the ministry reports page.
 */
@QuarkusTest
class ReportPagesLayoutJourneyTest extends BrowserTest {

    private void onAPhone() {
        context.close();
        context = browser().newContext(viewport(390, 844));
        page = context.newPage();
        watch(page);
    }

    private void nothingWiderThanTheScreen() {
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("page wider than the screen").isTrue();
    }

    /** The aid owner's home (checked and kept as {@code home}), then its first report. */
    private void aidOwnerHomeAndReport(String home) {
        assertThat(page.locator(".reports-table tbody tr").first()).isVisible();
        check(home);
        page.locator(".reports-table tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("main dl vt-obligation-tag")).isVisible();
    }

    @Test
    void theAidOwnersPagesAndTheMinistryPageReadInEnglish() {
        page.navigate(url("/#/sign-in"));
        page.getByTestId("language-switch").click();
        signIn(AID_OWNER);
        assertThat(heading()).hasText("Your unit's reports");
        assertThat(page.locator(".reports-projects")).containsText("Emergency and neonatal intensive care");
        assertThat(page.locator(".reports-table thead")).containsText("Due date");
        aidOwnerHomeAndReport("aid-owner-home-en");
        assertThat(page.locator("main")).not().containsText("Báo cáo");
        check("aid-owner-report-en");

        signIn(OFFICER);
        open("/ministry-reports");
        assertThat(heading()).hasText("Annual reports to the Ministry of Finance");
        Locator lastYear = page.getByTestId("ministry-report-" + (today().getYear() - 1));
        assertThat(lastYear.getByRole(AriaRole.BUTTON)).hasText(new String[]{"Consolidated workbook (Excel) for " + (today().getYear() - 1),
                "Covering letter (Word) for " + (today().getYear() - 1)});
        check("ministry-reports-en");
    }

    @Test
    void theAidOwnersPagesAndTheMinistryPageFitAPhone() {
        onAPhone();
        signIn(AID_OWNER);
        assertThat(heading()).hasText("Báo cáo của đơn vị");
        nothingWiderThanTheScreen();
        // each report a card as wide as the screen, not a table scrolled sideways
        assertThat(page.locator(".reports-table tbody tr").first().boundingBox().width).isLessThanOrEqualTo(390);
        aidOwnerHomeAndReport("aid-owner-home-phone");
        nothingWiderThanTheScreen();
        check("aid-owner-report-phone");

        signIn(OFFICER);
        open("/ministry-reports");
        assertThat(heading()).hasText("Báo cáo năm gửi Bộ Tài chính");
        assertThat(page.getByTestId("ministry-report-" + (today().getYear() - 1))).isVisible();
        nothingWiderThanTheScreen();
        check("ministry-reports-phone");
    }
}
