package vn.vientro.benchmark;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.vientro.support.Api;
import vn.vientro.web.BrowserTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page speed and weight (issue 7): the inbox opened in a fresh browser context (cold cache) as a signed-in
 * appraiser with 60 open tasks, timed from navigation start to the first task row on screen (the first run,
 * against paths the server has not yet compiled, apart), and the
 * JavaScript and CSS each page loads, compressed as sent. Run by docs/page-benchmark.sh, not by the suite.
 * <p>
 * Each budget of issue 7 (docs/benchmarks.md) is reported as {@code MET} or {@code MISSED} with its figure, in the
 * printed block and in {@code target/page-benchmark.properties}; after writing them the test fails, naming the
 * missed budgets, when one is missed.
 */
@QuarkusTest
class PageBenchmark extends BrowserTest {

    private static final int RUNS = 15;
    private static final Set<String> CODE = Set.of("script", "stylesheet");
    /** Budgets of issue 7: the inbox usable within 1 s (p95 of the warm runs), its code within 300 KB compressed. */
    private static final double USABLE_MS = 1000;
    private static final double INBOX_KB = 300;
    /** The heavy libraries, which only the pages that draw with them may load. */
    private static final List<String> HEAVY = List.of("/webjars/bpmn-js/", "/webjars/chart.js/");

    @Test
    void inboxSpeedAndPageWeight() throws IOException {
        for (int i = 0; i < 60; i++) {
            Api.submitted("PROJECT", "Đề xuất đo tốc độ " + i);
        }
        String token = Api.token(Api.APPRAISER);
        List<Double> times = new ArrayList<>();
        Weight inbox = null;
        double firstRun = 0;
        // Run 0 meets a server that has not yet compiled these paths (JIT); it is reported apart, not counted.
        for (int run = 0; run <= RUNS; run++) {
            BrowserContext cold = signedInContext(token);
            Page tab = cold.newPage();
            Weight weight = weigh(tab);
            tab.navigate(url("/#/inbox"));
            tab.locator("main table tbody tr").first().waitFor();
            double usable = ((Number) tab.evaluate("() => performance.now()")).doubleValue();
            tab.waitForLoadState();
            if (run == 0) {
                firstRun = usable;
                inbox = weight;
            } else {
                times.add(usable);
            }
            cold.close();
        }
        long proposalId = Api.submitted("PROJECT", "Đề xuất đo trang chi tiết");
        Weight proposal = weighPage(token, "/#/proposals/" + proposalId, "main svg");
        Weight dashboard = weighPage(Api.token(Api.LEADERSHIP), "/#/dashboard", "main canvas");

        // The heavy-library check must see each library where it is used, or its "none" for the inbox means nothing.
        assertThat(proposal.heavy).as("heavy libraries seen on the proposal page").containsExactly("/webjars/bpmn-js/");
        assertThat(dashboard.heavy).as("heavy libraries seen on the dashboard").containsExactly("/webjars/chart.js/");

        Collections.sort(times);
        double p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1);
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "runs=%d%ninboxFirstMs=%.0f%ninboxP50Ms=%.0f%ninboxP95Ms=%.0f%ninboxMaxMs=%.0f%n",
                RUNS, firstRun, times.get(times.size() / 2), p95, times.get(times.size() - 1)));
        out.append(inbox.properties("inbox")).append(proposal.properties("proposal")).append(dashboard.properties("dashboard"));
        List<String> missed = new ArrayList<>();
        out.append(budget("inboxUsable", String.format(Locale.ROOT, "inbox usable p95 %.0f ms (budget %.0f ms)", p95, USABLE_MS),
                p95 <= USABLE_MS, missed));
        out.append(budget("inboxWeight", String.format(Locale.ROOT, "inbox JavaScript + CSS %.1f KB (budget %.0f KB)",
                inbox.totalKb(), INBOX_KB), inbox.totalKb() <= INBOX_KB, missed));
        String heavy = inbox.heavy.isEmpty() ? "none" : String.join(",", inbox.heavy);
        out.append("inboxHeavyLibraries=").append(heavy).append('\n');
        out.append(budget("inboxHeavy", "heavy libraries loaded by the inbox: " + heavy, inbox.heavy.isEmpty(), missed));
        Files.writeString(Path.of("target", "page-benchmark.properties"), out);
        System.out.println("PAGE BENCHMARK\n" + out);
        assertThat(missed).as("page budgets missed").isEmpty();
    }

    /** {@code <key>=MET} or {@code MISSED}, as docs/page-benchmark.sh reads it; the figure is printed beside it. */
    private static String budget(String key, String figure, boolean met, List<String> missed) {
        if (!met) {
            missed.add(figure);
        }
        System.out.println((met ? "MET     " : "MISSED  ") + figure);
        return key + "=" + (met ? "MET" : "MISSED") + "\n";
    }

    private Weight weighPage(String token, String path, String ready) {
        BrowserContext cold = signedInContext(token);
        Page tab = cold.newPage();
        Weight weight = weigh(tab);
        tab.navigate(url(path));
        tab.locator(ready).first().waitFor();
        tab.waitForLoadState();
        tab.waitForTimeout(500);
        cold.close();
        return weight;
    }

    /** A new context (empty cache) whose session storage already holds the user's token, as after signing in. */
    private BrowserContext signedInContext(String token) {
        BrowserContext cold = browser().newContext(viewport(1366, 768));
        cold.addInitScript("sessionStorage.setItem('vt.session', JSON.stringify({token: '" + token
                + "', username: 'bench', roles: JSON.parse(atob('" + java.util.Base64.getEncoder().encodeToString(
                rolesOf(token).getBytes()) + "')), agency: null, expiresAt: Date.now() + 3600000}));");
        return cold;
    }

    private static String rolesOf(String token) {
        List<String> roles = io.restassured.RestAssured.given().auth().oauth2(token).get("/api/auth/me")
                .then().statusCode(200).extract().path("roles");
        return "[" + String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList()) + "]";
    }

    private static Weight weigh(Page tab) {
        Weight weight = new Weight();
        tab.onRequestFinished(request -> {
            HEAVY.stream().filter(request.url()::contains).forEach(weight::heavy);
            if (CODE.contains(request.resourceType())) {
                Response response = request.response();
                weight.add(request.resourceType(), request.sizes().responseBodySize, response == null ? 0 : response.status());
            }
        });
        return weight;
    }

    /** Compressed bytes of JavaScript and CSS one page load fetched, and the heavy libraries it fetched. */
    static final class Weight {
        long scriptBytes;
        long styleBytes;
        int files;
        final Set<String> heavy = new TreeSet<>();

        synchronized void heavy(String library) {
            heavy.add(library);
        }

        synchronized double totalKb() {
            return (scriptBytes + styleBytes) / 1024.0;
        }

        synchronized void add(String type, long bytes, int status) {
            files++;
            if ("script".equals(type)) {
                scriptBytes += bytes;
            } else {
                styleBytes += bytes;
            }
        }

        String properties(String page) {
            return String.format(Locale.ROOT, "%sFiles=%d%n%sScriptKb=%.1f%n%sStyleKb=%.1f%n%sTotalKb=%.1f%n",
                    page, files, page, scriptBytes / 1024.0, page, styleBytes / 1024.0, page, (scriptBytes + styleBytes) / 1024.0);
        }
    }
}
