package vn.vientro.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.LEADERSHIP;
import static vn.vientro.support.Api.as;

/**
 * Journey 8: the leadership dashboard shows, formatted in Vietnamese, exactly the figures of
 * GET /api/dashboard/{year} (which DashboardTest ties to the annual workbook), draws the trend chart, and
 * downloads the workbooks.
 */
@QuarkusTest
class DashboardJourneyTest extends BrowserTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    private static final String NO_DATA = "không có số liệu";

    private static JsonPath dashboard(int year) {
        return as(LEADERSHIP).queryParam("lang", "vi").get("/api/dashboard/" + year).then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /*
     * The page's formatting, in Java: the browser reads each JSON number as a double, and Chromium's Intl.NumberFormat
     * (ICU) rounds that double's shortest decimal form half away from zero: a figure printed 1.13065 shows 1,1307
     * even where the double is a hair below it; vi-VN groups with '.' and separates decimals with ','.
     */
    private static String number(Object value, int max, int min) {
        return number(((Number) value).doubleValue(), max, min);
    }

    private static String number(double value, int max, int min) {
        var symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        var format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(max);
        format.setMinimumFractionDigits(min);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(BigDecimal.valueOf(value));
    }

    static String usd(Object v) {
        return v == null ? NO_DATA : number(v, 2, 2) + " USD";
    }

    static String perPerson(Object v) {
        return v == null ? NO_DATA : number(v, 4, 2);
    }

    static String count(Object v) {
        return v == null ? NO_DATA : number(v, 0, 0);
    }

    static String percent(Object v) {
        return v == null ? NO_DATA : number(((Number) v).doubleValue() * 100, 1, 1) + " %";
    }

    static String days(Object v) {
        return v == null ? NO_DATA : number(v, 1, 1);
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    /** Each body row's cells (th and td) hold these texts, row by row. */
    private void rows(String table, List<String[]> expected) {
        Locator rows = page.getByTestId(table).locator("tbody tr");
        assertThat(rows).hasCount(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(rows.nth(i).locator("th, td")).hasText(expected.get(i));
        }
    }

    private Locator yearSelect() {
        return page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true));
    }

    private void headlinesMatch(JsonPath json) {
        Map<String, Object> s = json.getMap("summary");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("received", count(s.get("received")));
        expected.put("approved", count(s.get("approved")));
        expected.put("rejected", count(s.get("rejected")));
        expected.put("withdrawn", count(s.get("withdrawn")));
        expected.put("activeProjects", count(s.get("activeProjects")));
        expected.put("committedUsd", usd(s.get("committedUsd")));
        expected.put("disbursedUsd", usd(s.get("disbursedUsd")));
        expected.put("population", count(s.get("population")));
        expected.put("disbursedPerCapita", perPerson(s.get("disbursedPerCapita")));
        expected.put("committedPerCapita", perPerson(s.get("committedPerCapita")));
        expected.put("nationalPerCapita", perPerson(s.get("nationalPerCapita")));
        expected.put("ratioToNational", percent(s.get("ratioToNational")));
        expected.forEach((field, value) -> assertThat(page.getByTestId("summary-" + field)).hasText(value));
    }

    @Test
    void theDashboardShowsTheFiguresOfTheJsonAndDownloadsTheWorkbooks() throws Exception {
        JsonPath json = dashboard(YEAR);
        signIn(LEADERSHIP);
        open("/dashboard");
        assertThat(heading()).hasText("Tổng quan viện trợ năm " + YEAR);
        assertThat(yearSelect()).hasValue(String.valueOf(YEAR));

        // the headlines; the demo data fills every one of this year
        headlinesMatch(json);
        assertThat(page.locator(".figure-value", new Page.LocatorOptions().setHasText(NO_DATA))).hasCount(0);
        Map<String, Object> s = json.getMap("summary");
        assertThat(page.locator(".figure-card").filter(new Locator.FilterOptions().setHas(page.getByTestId("summary-disbursedUsd"))))
                .containsText("Năm trước: " + usd(s.get("previousDisbursedUsd")) + "; thay đổi " + percent(s.get("changeFromPrevious")));

        // the trend: a chart drawn by Chart.js (loaded for this page) and the same figures as a table
        assertThat(page.locator("canvas#trend-chart")).isVisible();
        page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('trend-chart'))");
        assertThat(page.locator("script[src='/webjars/chart.js/dist/chart.umd.min.js']")).hasCount(1);
        List<Map<String, Object>> trend = json.getList("trend");
        assertThat(trend).hasSize(10);
        List<String[]> trendRows = new ArrayList<>();
        for (var row : trend) {
            trendRows.add(new String[]{text(row.get("year")), usd(row.get("disbursedUsd")), count(row.get("population")),
                    perPerson(row.get("perCapita")), perPerson(row.get("nationalPerCapita"))});
        }
        rows("trend", trendRows);
        @SuppressWarnings("unchecked")
        List<Object> chartYears = (List<Object>) page.evaluate("() => Chart.getChart(document.getElementById('trend-chart')).data.labels");
        assertThat(chartYears).hasSize(10).first().isEqualTo(text(trend.get(0).get("year")));

        // by sector, donor and location
        List<String[]> sectors = new ArrayList<>();
        for (Map<String, Object> r : json.<Map<String, Object>>getList("bySector")) {
            sectors.add(new String[]{text(r.get("name")), text(r.get("crsCode")), count(r.get("projects")),
                    usd(r.get("committedUsd")), usd(r.get("disbursedUsd"))});
        }
        assertThat(sectors).isNotEmpty();
        rows("by-sector", sectors);
        List<String[]> donors = new ArrayList<>();
        for (Map<String, Object> r : json.<Map<String, Object>>getList("byDonor")) {
            donors.add(new String[]{text(r.get("name")), text(r.get("country")), count(r.get("projects")),
                    usd(r.get("committedUsd")), usd(r.get("disbursedUsd"))});
        }
        assertThat(donors).isNotEmpty();
        rows("by-donor", donors);
        List<String[]> locations = new ArrayList<>();
        for (Map<String, Object> r : json.<Map<String, Object>>getList("byLocation")) {
            locations.add(new String[]{text(r.get("name")), count(r.get("population")), perPerson(r.get("perCapita")),
                    usd(r.get("disbursedUsd"))});
        }
        assertThat(locations).isNotEmpty();
        rows("by-location", locations);

        // the workflow: each step's median, 90th percentile and overdue count; the outcomes
        List<String[]> steps = new ArrayList<>();
        for (Map<String, Object> r : json.<Map<String, Object>>getList("workflow.steps")) {
            steps.add(new String[]{text(r.get("nameVi")), count(r.get("completed")), days(r.get("medianDays")),
                    days(r.get("p90Days")), count(r.get("overdue"))});
        }
        assertThat(steps).isNotEmpty();
        rows("workflow", steps);
        Map<String, Object> outcomes = json.getMap("workflow.outcomes");
        Map<String, String> labels = Map.of("proposalApproved", "Phê duyệt", "proposalRejected", "Không phê duyệt",
                "proposalWithdrawn", "Rút hồ sơ");
        assertThat(page.getByTestId("outcomes").locator("tbody tr")).hasCount(outcomes.size());
        outcomes.forEach((key, value) -> assertThat(page.getByTestId("outcomes").locator("tbody tr")
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.ROWHEADER,
                        new Page.GetByRoleOptions().setName(labels.getOrDefault(key, key)).setExact(true)))))
                .containsText(count(value)));

        // reporting compliance: the counts of GET /api/dashboard/{year}/compliance, by status and by kind
        JsonPath compliance = as(LEADERSHIP).get("/api/dashboard/" + YEAR + "/compliance").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> totals = compliance.getMap("totals");
        Map<String, String> statusTags = new java.util.LinkedHashMap<>();
        statusTags.put("onTime", "Nộp đúng hạn");
        statusTags.put("late", "Nộp muộn");
        statusTags.put("missing", "Quá hạn, chưa nộp");
        statusTags.put("notYetDue", "Chưa đến hạn");
        assertThat(page.getByTestId("compliance-due")).hasText(count(totals.get("due")));
        statusTags.forEach((field, tag) -> {
            assertThat(page.getByTestId("compliance-" + field)).hasText(count(totals.get(field)));
            assertThat(page.locator(".figure-card").filter(new Locator.FilterOptions().setHas(page.getByTestId("compliance-" + field)))
                    .locator(".tag")).hasText(tag);
        });
        List<String[]> kinds = new ArrayList<>();
        for (Map<String, Object> k : compliance.<Map<String, Object>>getList("byKind")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) k.get("counts");
            kinds.add(new String[]{text(k.get("nameVi")), count(c.get("due")), count(c.get("onTime")), count(c.get("late")),
                    count(c.get("missing")), count(c.get("notYetDue"))});
        }
        assertThat(kinds).extracting(k -> k[0]).containsExactly("Báo cáo 6 tháng", "Báo cáo năm", "Báo cáo kết thúc");
        rows("compliance-by-kind", kinds);
        page.getByTestId("compliance").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("DashboardJourneyTest-compliance.png")));
        check("demo-year");

        // the annual workbook, as a real xlsx
        Download annual = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Tải báo cáo năm " + YEAR + " (tiếng Việt)")).click());
        assertThat(annual.suggestedFilename()).endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(annual.path()); var workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(5);
            assertThat(workbook.getSheet("Tình hình báo cáo")).isNotNull();
        }
        // and the period workbook for the years typed
        page.getByLabel("Từ năm", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(YEAR - 5));
        page.getByLabel("Đến năm", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(YEAR));
        Download period = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Tải báo cáo giai đoạn (tiếng Anh)")).click());
        try (InputStream in = Files.newInputStream(period.path()); var workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(1);
        }
        page.getByLabel("Từ năm", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(YEAR + 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải báo cáo giai đoạn (tiếng Việt)")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("năm bắt đầu không sau năm kết thúc");
        check("period-error");

        // from the compliance section to the reports past their due date and not sent (of every year)
        Locator seeMissing = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem các báo cáo quá hạn chưa nộp"));
        if (((Number) totals.get("missing")).longValue() == 0) {
            assertThat(seeMissing).hasCount(0);
            return;
        }
        seeMissing.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Các báo cáo quá hạn chưa nộp"))).isVisible();
        List<Integer> overdue = as(LEADERSHIP).queryParam("overdue", true).get("/api/report-obligations").then().statusCode(200)
                .extract().path("id");
        assertThat(overdue).isNotEmpty();
        assertThat(page.locator("tr[data-testid^='obligation-']")).hasCount(overdue.size());
        assertThat(page.getByTestId("obligation-" + overdue.get(0))).containsText("Quá hạn");
        check("overdue-reports");
    }

    @Test
    void anEarlierYearAndTheDashboardOnAPhone() {
        JsonPath json = dashboard(YEAR - 2);
        signIn(LEADERSHIP);
        open("/dashboard");
        assertThat(heading()).hasText("Tổng quan viện trợ năm " + YEAR);
        yearSelect().selectOption(String.valueOf(YEAR - 2));
        assertThat(heading()).hasText("Tổng quan viện trợ năm " + (YEAR - 2));
        headlinesMatch(json);
        page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('trend-chart'))"
                + " && Chart.getChart(document.getElementById('trend-chart')).data.labels.at(-1) === '" + (YEAR - 2) + "'");
        check("earlier-year");

        // a year before any data: the per-capita figures read "no data"
        yearSelect().selectOption(String.valueOf(YEAR - 9));
        assertThat(heading()).hasText("Tổng quan viện trợ năm " + (YEAR - 9));
        headlinesMatch(dashboard(YEAR - 9));
        check("year-without-data");

        page.setViewportSize(390, 844);
        open("/dashboard?year=" + YEAR);
        assertThat(heading()).hasText("Tổng quan viện trợ năm " + YEAR);
        headlinesMatch(dashboard(YEAR));
        check("phone");
    }
}
