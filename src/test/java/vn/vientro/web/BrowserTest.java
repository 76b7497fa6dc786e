package vn.vientro.web;

import com.microsoft.playwright.*;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.PASSWORD;

/**
 * The pages in a real Chromium, against the running service, engine and PostgreSQL. One browser for the
 * whole run; a fresh context (no storage, no cache) per test. Every test fails on a script error, a
 * Content-Security-Policy violation, a request that failed and a same-origin answer of 400 or more, unless the
 * test declared that answer ({@link #expectAnswer}, {@link #expectFailure}); {@link #check(String)} runs
 * axe-core and keeps a screenshot.
 */
public abstract class BrowserTest {

    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    protected URL base;

    protected BrowserContext context;
    protected Page page;
    private final List<String> scriptErrors = new ArrayList<>();
    /** What went wrong on the wire, in order: answers of 400 or more (same origin) and failed requests. */
    private final List<Trouble> troubles = new ArrayList<>();
    private final List<Trouble> expected = new ArrayList<>();
    /** Answers that may come, once each, or not at all. */
    private final List<Trouble> tolerated = new ArrayList<>();
    /** The status each request was answered with, and the pages watched. */
    private final Map<Request, Integer> answered = new IdentityHashMap<>();
    private final List<Page> watched = new ArrayList<>();
    private String testName;

    /**
     * An answer or a failure on the wire. Status 0 is a request that got no answer (its reason in
     * {@code failure}); the path is the address's path without the query, matched whole by a pattern.
     */
    private record Trouble(int status, String method, String path, String failure) {

        boolean matches(Trouble expectation) {
            return status == expectation.status && method.equals(expectation.method)
                    && Pattern.matches(expectation.path, path);
        }

        @Override
        public String toString() {
            return (status == 0 ? failure : String.valueOf(status)) + " " + method + " " + path;
        }
    }

    protected static synchronized Browser browser() {
        if (browser == null) {
            boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
            // With the system's Chromium Playwright must not try to download its own (no network for it here).
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
            var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of("--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run"));
            if (system) {
                options.setExecutablePath(SYSTEM_CHROMIUM);
            }
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close()));
        }
        return browser;
    }

    @BeforeEach
    void openBrowser(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("");
        context = browser().newContext(viewport(1366, 768));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        watch(page);
    }

    protected Browser.NewContextOptions viewport(int width, int height) {
        return new Browser.NewContextOptions().setViewportSize(width, height).setTimezoneId("Asia/Ho_Chi_Minh")
                .setLocale("vi-VN").setAcceptDownloads(true);
    }

    /**
     * This test provokes, once, an answer of this status to this method and path (a regular expression matched
     * against the whole path, without the query): it does not fail the test, and the test fails if it never
     * comes. Declare it as many times as it is provoked.
     */
    protected void expectAnswer(int status, String method, String path) {
        expected.add(new Trouble(status, method, path, null));
    }

    /**
     * Like {@link #expectAnswer}, for an answer that may or may not come: two requests race and the first one's
     * answer may stop the other from being made.
     */
    protected void mayAnswer(int status, String method, String path) {
        tolerated.add(new Trouble(status, method, path, null));
    }

    /** This test makes this request fail once on purpose (a route that aborts it, a dropped connection). */
    protected void expectFailure(String method, String path) {
        expected.add(new Trouble(0, method, path, null));
    }

    /**
     * Records on this page what fails the test: uncaught script errors, anything the Content-Security-Policy
     * refused, requests that failed and same-origin answers of 400 or more.
     */
    protected void watch(Page target) {
        target.onPageError(error -> scriptErrors.add("page error: " + error));
        // Each answer of 400 or more is also logged as "Failed to load resource"; the answers are checked below.
        target.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                scriptErrors.add("console: " + message.text());
            }
        });
        String origin = url("/");
        watched.add(target);
        target.onResponse(response -> {
            answered.put(response.request(), response.status());
            if (response.status() >= 400) {
                // printed too, so that a run failing for another reason shows what the page asked
                System.out.println("[browser] " + response.status() + " " + response.request().method() + " " + response.url());
                if (response.url().startsWith(origin)) {
                    troubles.add(trouble(response.request(), response.status(), null));
                }
            }
        });
        // Chromium ends an answer without content (204) as aborted: the answer came, nothing failed. (Requests that
        // a page still had under way when it loaded another document are not reported at all.)
        target.onRequestFailed(request -> {
            if (!("net::ERR_ABORTED".equals(request.failure()) && answered.getOrDefault(request, 0) == 204)) {
                troubles.add(trouble(request, 0, request.failure()));
            }
        });
    }

    private static Trouble trouble(Request request, int status, String failure) {
        return new Trouble(status, request.method(), URI.create(request.url()).getPath(), failure);
    }

    @AfterEach
    void closeBrowser() {
        try {
            // A round trip to each open page delivers the events still on their way.
            watched.stream().filter(p -> !p.isClosed()).forEach(p -> p.evaluate("() => 0"));
            List<Trouble> unexpected = new ArrayList<>();
            List<Trouble> awaited = new ArrayList<>(expected);
            List<Trouble> allowed = new ArrayList<>(tolerated);
            for (Trouble trouble : troubles) {
                Trouble declared = awaited.stream().filter(trouble::matches).findFirst().orElse(null);
                Trouble maybe = allowed.stream().filter(trouble::matches).findFirst().orElse(null);
                if (declared != null) {
                    awaited.remove(declared);
                } else if (maybe != null) {
                    allowed.remove(maybe);
                } else {
                    unexpected.add(trouble);
                }
            }
            assertThat(scriptErrors).as("script errors and CSP violations").isEmpty();
            assertThat(unexpected).as("failed requests and same-origin answers of 400 or more that the test did not expect")
                    .isEmpty();
            assertThat(awaited).as("answers the test expected but never saw").isEmpty();
        } finally {
            context.close();
        }
    }

    protected String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /**
     * Opens an in-app page (path after '#') and waits until the application shows it: the page it replaces may
     * still be on screen for a moment (each navigation the shell completes is numbered in main's data-shown).
     */
    protected void open(String path) {
        Object before = page.evaluate("() => document.querySelector('main')?.dataset.shown ?? ''");
        String target = url("/#" + path);
        if (target.equals(page.url())) {
            // The same address again would not be a navigation. A reload is a new document whose numbering starts
            // again, so it may show the very number read before (the page we were on had not finished showing).
            page.reload();
            page.waitForFunction("() => !!document.querySelector('main')?.dataset.shown");
            return;
        }
        page.navigate(target);
        page.waitForFunction("before => { const main = document.querySelector('main');"
                + " return !!main && !!main.dataset.shown && main.dataset.shown !== before; }", before);
    }

    protected void signIn(String username) {
        signIn(page, username);
    }

    protected void signIn(Page target, String username) {
        target.navigate(url("/#/sign-in"));
        target.getByLabel("Tên đăng nhập").or(target.getByLabel("Username")).fill(username);
        target.getByLabel("Mật khẩu").or(target.getByLabel("Password")).fill(PASSWORD);
        target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")
                .setExact(true)).or(target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)))
                .click();
        assertThat(target.getByTestId("current-user")).containsText(username);
    }

    /** The page's heading, once it shows. */
    protected Locator heading() {
        return page.locator("main h1");
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA) on the page as it is now and fails on serious or critical findings;
     * keeps a screenshot under target/screenshots.
     */
    protected void check(String name) {
        check(page, name);
    }

    @SuppressWarnings("unchecked")
    protected void check(Page target, String name) {
        screenshot(target, name);
        if (target.evaluate("() => typeof window.axe") .equals("undefined")) {
            target.addScriptTag(new Page.AddScriptTagOptions().setUrl("/webjars/axe-core/axe.min.js"));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) target.evaluate("""
                async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }))
                  .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                               targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ') }))""");
        assertThat(violations).as("accessibility findings on " + name).isEmpty();
    }

    protected void screenshot(Page target, String name) {
        target.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve(testName + "-" + name + ".png")));
    }
}
