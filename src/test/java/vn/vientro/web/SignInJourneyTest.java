package vn.vientro.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.vientro.support.Fixtures;
import vn.vientro.support.TestClock;

import java.time.Instant;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static vn.vientro.support.Api.APPRAISER;
import static vn.vientro.support.Api.OFFICER;
import static vn.vientro.support.Api.PASSWORD;

/** Journey 1: sign in and out, the language switch, a wrong password, too many of them, an expired session. */
@QuarkusTest
class SignInJourneyTest extends BrowserTest {

    @Inject
    TestClock clock;

    @Test
    void signInIsVietnameseByDefaultAndEnglishIsRemembered() {
        page.navigate(url("/"));
        assertThat(heading()).hasText("Đăng nhập");
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        check("sign-in-vi");

        page.getByTestId("language-switch").click();
        assertThat(heading()).hasText("Sign in");
        page.reload();
        assertThat(heading()).hasText("Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        check("sign-in-en");
    }

    @Test
    void emptyFieldsAndAWrongPasswordAreExplainedAtTheFields() {
        open("/sign-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        var summary = page.locator(".error-summary");
        assertThat(summary).containsText("Nhập tên đăng nhập");
        assertThat(summary).containsText("Nhập mật khẩu");
        summary.getByText("Nhập mật khẩu").click();
        assertThat(page.getByLabel("Mật khẩu")).isFocused();
        check("sign-in-empty");

        page.getByLabel("Tên đăng nhập").fill(OFFICER);
        page.getByLabel("Mật khẩu").fill("not-the-password");
        expectAnswer(401, "POST", "/api/auth/token");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        assertThat(summary).containsText("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(page.getByTestId("current-user")).hasCount(0);
    }

    @Test
    void afterRepeatedFailuresThePageSaysHowLongToWait() {
        // The page's requests come from an address of their own (the test profile trusts one proxy), and the
        // clock stands still, so the wait is exactly the first delay.
        String address = "192.0.2.31";
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", address));
        Fixtures.user("thu.cho.doi", "leadership", "UBND", "");
        clock.set(Instant.parse("2031-05-06T02:00:00Z"));
        try {
            for (int i = 0; i < 5; i++) {
                given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                        .body(Map.of("username", "thu.cho.doi", "password", "sai")).post("/api/auth/token").then().statusCode(401);
            }
            open("/sign-in");
            page.getByLabel("Tên đăng nhập").fill("thu.cho.doi");
            page.getByLabel("Mật khẩu").fill(PASSWORD);
            expectAnswer(429, "POST", "/api/auth/token");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
            assertThat(page.locator(".error-summary")).containsText("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 giây.");
            assertThat(page.getByTestId("current-user")).hasCount(0);
            check("sign-in-delayed");
        } finally {
            clock.reset();
        }
    }

    @Test
    void signOutForgetsTheToken() {
        signIn(OFFICER);
        assertThat(page.getByTestId("current-user")).containsText("SNV");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bạn đã đăng xuất");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => sessionStorage.getItem('vt.session')")).isNull();
        open("/inbox");
        assertThat(heading()).hasText("Đăng nhập");
    }

    @Test
    void anExpiredSessionReturnsToTheSamePageAfterSigningInAgain() {
        signIn(APPRAISER);
        open("/proposals");
        assertThat(heading()).not().hasText("Đăng nhập");
        // The token expires (here: is no longer valid); the next call the page makes is refused with 401.
        page.evaluate("() => { const s = JSON.parse(sessionStorage.getItem('vt.session')); s.token = s.token.slice(0, -4) + 'AAAA'; sessionStorage.setItem('vt.session', JSON.stringify(s)); }");
        // The page and the bell both ask: the first refused sends the user to sign in, and the other may not be asked.
        expectAnswer(401, "GET", "/api/(proposals|notices/unread-count)");
        mayAnswer(401, "GET", "/api/(proposals|notices/unread-count)");
        page.reload();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Phiên làm việc đã hết hạn");
        page.getByLabel("Tên đăng nhập").fill(APPRAISER);
        page.getByLabel("Mật khẩu").fill(vn.vientro.support.Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        page.waitForURL(u -> u.contains("#/proposals"));
        assertThat(heading()).hasText("Đề xuất viện trợ");
    }

    @Test
    void theKeyboardAloneSignsInWithAVisibleFocusAtEachStep() {
        page.navigate(url("/#/sign-in"));
        assertThat(heading()).hasText("Đăng nhập");
        // On the first page of a visit the first Tab reaches the skip link, shown and outlined.
        page.keyboard().press("Tab");
        var skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bỏ qua đến nội dung chính"));
        assertThat(skip).isFocused();
        assertThat(skip).isInViewport();
        org.assertj.core.api.Assertions.assertThat(outline()).as("focus outline of the skip link").isNotEqualTo("none");
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Tên đăng nhập")).isFocused();
        org.assertj.core.api.Assertions.assertThat(outline()).as("focus outline of the field").isNotEqualTo("none");
        page.keyboard().type(OFFICER);
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Mật khẩu")).isFocused();
        page.keyboard().type(vn.vientro.support.Api.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("current-user")).containsText(OFFICER);
        // An in-app navigation puts the focus on the new page's heading, as a page load would announce it.
        assertThat(heading()).isFocused();
        page.keyboard().press("Tab");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.activeElement.closest('main') !== null"))
                .as("the next Tab stays in the page's content").isEqualTo(true);
    }

    private String outline() {
        return (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
    }
}
