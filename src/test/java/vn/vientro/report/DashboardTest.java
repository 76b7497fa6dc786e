package vn.vientro.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.*;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/**
 * The dashboard JSON against the annual workbook, figure by figure, and against the raw rows recomputed without the
 * report classes ({@link RawRecords}), on the demo data (six years up to this one); plus who may read it and what bad
 * input gets.
 */
@QuarkusTest
class DashboardTest {

    /** The demo data's last year: this year by the province's clock (the demo's years are it and the five before). */
    private static final int YEAR = today().getYear();

    /** The Summary sheet's English labels and the dashboard's summary fields, in the sheet's order. */
    private static final Map<String, String> SUMMARY = new LinkedHashMap<>();

    static {
        SUMMARY.put("Proposals received", "received");
        SUMMARY.put("Proposals approved", "approved");
        SUMMARY.put("Proposals rejected", "rejected");
        SUMMARY.put("Proposals withdrawn", "withdrawn");
        SUMMARY.put("Active projects", "activeProjects");
        SUMMARY.put("Committed (USD)", "committedUsd");
        SUMMARY.put("Disbursed (USD)", "disbursedUsd");
        SUMMARY.put("Population", "population");
        SUMMARY.put("Disbursed per capita (USD/person/year)", "disbursedPerCapita");
        SUMMARY.put("Committed per capita (USD/person/year)", "committedPerCapita");
        SUMMARY.put("National average (USD/person/year)", "nationalPerCapita");
        SUMMARY.put("Ratio to the national average", "ratioToNational");
        SUMMARY.put("Disbursed in the previous year (USD)", "previousDisbursedUsd");
        SUMMARY.put("Change from the previous year", "changeFromPrevious");
    }

    private static final Map<String, String> OUTCOME_LABELS = Map.of("proposalApproved", "Approved",
            "proposalRejected", "Rejected", "proposalWithdrawn", "Withdrawn");

    /** Decimals as BigDecimal, so the comparison sees exactly what the server wrote. */
    static JsonPath dashboard(int year, String lang) {
        return as(LEADERSHIP).config(io.restassured.RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("lang", lang).get("/api/dashboard/" + year).then().statusCode(200)
                .contentType(containsString("application/json")).extract().jsonPath(
                        new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** The raw JSON of the demo year, kept for the page author to look at after the run. */
    private static void keep(int year) throws IOException {
        String body = as(LEADERSHIP).get("/api/dashboard/" + year).then().statusCode(200).extract().asPrettyString();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/reports/dashboard-" + year + ".json"), body);
    }

    private static Workbook workbook(int year) throws IOException {
        return workbook(year, "en");
    }

    static Workbook workbook(int year, String lang) throws IOException {
        byte[] bytes = as(LEADERSHIP).queryParam("lang", lang).get("/api/reports/annual/" + year).then().statusCode(200)
                .extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** A JSON number and a cell hold the same value; null and "no data" count as the same. */
    private static void same(Object json, Cell cell, String what) {
        assertThat(cell).as(what + ": cell").isNotNull();
        if (json == null) {
            assertThat(cell.getCellType()).as(what).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).as(what).isEqualTo("no data");
        } else {
            assertThat(cell.getCellType()).as(what + " = " + json).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as(what).isEqualTo(((Number) json).doubleValue());
        }
    }

    private static void sameText(Object json, Cell cell, String what) {
        assertThat(cell == null ? null : cell.getStringCellValue()).as(what).isEqualTo(json);
    }

    /** The table rows of a sheet: from the row after the header to the first empty row. */
    static List<Row> rows(Sheet sheet, int header) {
        List<Row> rows = new ArrayList<>();
        for (int r = header + 1; sheet.getRow(r) != null; r++) {
            rows.add(sheet.getRow(r));
        }
        return rows;
    }

    @Test
    void theDashboardAndTheWorkbookAgreeOnEveryFigureOfTheDemoYear() throws IOException {
        keep(YEAR);
        agree(YEAR);
    }

    /**
     * A donor is named as everywhere else in the reader's language: its Vietnamese name, or for English its own; the
     * workbook of each language names it as the dashboard in that language (the NGO register gives both names).
     */
    @Test
    void donorsAreNamedInTheReadersLanguageOnTheDashboardAndInEachWorkbook() throws IOException {
        Map<Long, Map<String, Object>> register = new HashMap<>();
        for (Map<String, Object> ngo : as(ADMIN).get("/api/ngos").then().statusCode(200).extract().<List<Map<String, Object>>>path("$")) {
            register.put(((Number) ngo.get("id")).longValue(), ngo);
        }
        Map<String, List<String>> byLanguage = new HashMap<>();
        for (String lang : List.of("vi", "en")) {
            List<Map<String, Object>> donors = dashboard(YEAR, lang).getList("byDonor");
            assertThat(donors).hasSizeGreaterThanOrEqualTo(3);
            List<String> names = new ArrayList<>();
            for (Map<String, Object> d : donors) {
                Map<String, Object> ngo = register.get(((Number) d.get("ngoId")).longValue());
                assertThat(d.get("name")).as(lang + " " + ngo).isEqualTo(ngo.get("vi".equals(lang) ? "nameVi" : "name"));
                names.add((String) d.get("name"));
            }
            byLanguage.put(lang, names);
            try (Workbook wb = workbook(YEAR, lang)) {
                assertThat(rows(wb.getSheet("vi".equals(lang) ? "Theo nhà tài trợ" : "By donor"), 0))
                        .extracting(r -> r.getCell(0).getStringCellValue()).containsExactlyElementsOf(names);
            }
        }
        // the demo donors have Vietnamese names of their own, so the two languages must differ
        assertThat(byLanguage.get("vi")).isNotEqualTo(byLanguage.get("en"));
    }

    /** The earlier demo years mix districts and communes, VND and EUR rates of other years: they agree too. */
    @Test
    void theyAgreeOnEveryEarlierYearOfTheDemoHistory() throws IOException {
        for (int year = YEAR - 5; year < YEAR; year++) {
            agree(year);
        }
    }

    /** Every Summary cell, every sector, donor, location, step, outcome and trend row. */
    private static void agree(int year) throws IOException {
        JsonPath json = dashboard(year, "en");
        try (Workbook wb = workbook(year)) {
            assertThat(json.getInt("year")).isEqualTo(year);

            List<Row> summary = rows(wb.getSheet("Summary"), 1);
            assertThat(summary).extracting(r -> r.getCell(0).getStringCellValue())
                    .containsExactlyElementsOf(SUMMARY.keySet());
            for (Row row : summary) {
                String field = SUMMARY.get(row.getCell(0).getStringCellValue());
                same(json.get("summary." + field), row.getCell(1), "summary." + field);
            }
            assertThat(json.getMap("summary")).containsOnlyKeys(SUMMARY.values());

            List<Map<String, Object>> sectors = json.getList("bySector");
            List<Row> sectorRows = rows(wb.getSheet("By sector"), 0);
            assertThat(sectors).hasSizeGreaterThanOrEqualTo(5).hasSameSizeAs(sectorRows);
            for (int i = 0; i < sectors.size(); i++) {
                var s = sectors.get(i);
                Row row = sectorRows.get(i);
                String what = "sector " + s.get("code");
                sameText(s.get("code"), row.getCell(0), what);
                sameText(s.get("crsCode"), row.getCell(1), what + " crs");
                sameText(s.get("name"), row.getCell(2), what + " name");
                same(s.get("projects"), row.getCell(3), what + " projects");
                same(s.get("committedUsd"), row.getCell(4), what + " committed");
                same(s.get("disbursedUsd"), row.getCell(5), what + " disbursed");
            }

            List<Map<String, Object>> donors = json.getList("byDonor");
            List<Row> donorRows = rows(wb.getSheet("By donor"), 0);
            assertThat(donors).hasSizeGreaterThanOrEqualTo(3).hasSameSizeAs(donorRows);
            for (int i = 0; i < donors.size(); i++) {
                var d = donors.get(i);
                Row row = donorRows.get(i);
                String what = "donor " + d.get("name");
                assertThat(d.get("ngoId")).as(what + " id").isNotNull();
                sameText(d.get("name"), row.getCell(0), what);
                sameText(d.get("country"), row.getCell(1), what + " country");
                same(d.get("projects"), row.getCell(2), what + " projects");
                same(d.get("committedUsd"), row.getCell(3), what + " committed");
                same(d.get("disbursedUsd"), row.getCell(4), what + " disbursed");
            }

            List<Map<String, Object>> locations = json.getList("byLocation");
            List<Row> locationRows = rows(wb.getSheet("By location"), 0);
            assertThat(locations).hasSizeGreaterThanOrEqualTo(3).hasSameSizeAs(locationRows);
            for (int i = 0; i < locations.size(); i++) {
                var l = locations.get(i);
                Row row = locationRows.get(i);
                String what = "location " + l.get("code");
                sameText(l.get("code"), row.getCell(0), what);
                sameText(l.get("name"), row.getCell(1), what + " name");
                same(l.get("population"), row.getCell(2), what + " population");
                same(l.get("disbursedUsd"), row.getCell(3), what + " disbursed");
                same(l.get("perCapita"), row.getCell(4), what + " per capita");
            }

            Sheet workflow = wb.getSheet("Workflow");
            List<Map<String, Object>> steps = json.getList("workflow.steps");
            List<Row> stepRows = rows(workflow, 0);
            assertThat(steps).hasSameSizeAs(stepRows);
            for (int i = 0; i < steps.size(); i++) {
                var s = steps.get(i);
                Row row = stepRows.get(i);
                String what = "step " + s.get("key");
                sameText(s.get("key"), row.getCell(5), what);
                sameText(s.get("nameEn"), row.getCell(0), what + " name");
                same(s.get("completed"), row.getCell(1), what + " completed");
                same(s.get("medianDays"), row.getCell(2), what + " median");
                same(s.get("p90Days"), row.getCell(3), what + " p90");
                same(s.get("overdue"), row.getCell(4), what + " overdue");
            }
            Map<String, Object> outcomes = json.getMap("workflow.outcomes");
            List<Row> outcomeRows = rows(workflow, stepRows.size() + 2);
            assertThat(workflow.getRow(stepRows.size() + 2).getCell(0).getStringCellValue()).isEqualTo("Outcome");
            assertThat(outcomeRows).hasSameSizeAs(outcomes.entrySet());
            for (Row row : outcomeRows) {
                String key = outcomes.keySet().stream()
                        .filter(k -> OUTCOME_LABELS.getOrDefault(k, k).equals(row.getCell(0).getStringCellValue()))
                        .findFirst().orElseThrow(() -> new AssertionError("outcome " + row.getCell(0) + " not in the JSON"));
                same(outcomes.get(key), row.getCell(1), "outcome " + key);
            }

            List<Map<String, Object>> trend = json.getList("trend");
            List<Row> trendRows = rows(wb.getSheet("Trend"), 0);
            assertThat(trend).hasSize(10).hasSameSizeAs(trendRows);
            for (int i = 0; i < trend.size(); i++) {
                var t = trend.get(i);
                Row row = trendRows.get(i);
                String what = "trend " + t.get("year");
                same(t.get("year"), row.getCell(0), what);
                same(t.get("disbursedUsd"), row.getCell(1), what + " disbursed");
                same(t.get("population"), row.getCell(2), what + " population");
                same(t.get("perCapita"), row.getCell(3), what + " province");
                same(t.get("nationalPerCapita"), row.getCell(4), what + " national");
            }
            // the demo history: six years with both lines of the chart
            for (var t : trend.subList(4 + YEAR - year, 10)) {
                assertThat(t.get("perCapita")).as("province per capita " + t.get("year")).isNotNull();
                assertThat(t.get("nationalPerCapita")).as("national per capita " + t.get("year")).isNotNull();
            }
            assertThat(json.getList("populationSources", String.class)).anyMatch(s -> s.contains("demo estimate"));
            assertThat(json.getMap("")).doesNotContainKeys("projects");
        }
    }

    /** How far a summary field may differ from the unrounded recomputation: the report's own rounding. */
    private static final Map<String, BigDecimal> ROUNDING = Map.of("committedUsd", new BigDecimal("0.01"),
            "disbursedUsd", new BigDecimal("0.01"), "previousDisbursedUsd", new BigDecimal("0.01"),
            "disbursedPerCapita", new BigDecimal("0.000001"), "committedPerCapita", new BigDecimal("0.000001"),
            "nationalPerCapita", new BigDecimal("0.000001"), "ratioToNational", new BigDecimal("0.0001"),
            "changeFromPrevious", new BigDecimal("0.0001"));

    /**
     * Each demo year's headline figures, outcome counts and workflow steps (count, median and 90th percentile in
     * days, overdue) are those of the raw rows, recomputed without the report classes; where the rows give no
     * figure or no step, the dashboard says "no data" (null) or shows no row.
     */
    @Test
    void everyFigureOfEachDemoYearIsThatOfTheRawRecords() throws SQLException {
        try (RawRecords raw = new RawRecords()) {
            for (int year = YEAR - 5; year <= YEAR; year++) {
                sameAsRaw(dashboard(year, "en"), raw, year);
            }
        }
    }

    static void sameAsRaw(JsonPath json, RawRecords raw, int year) throws SQLException {
        Map<String, Object> summary = raw.summary(year);
        assertThat(json.getMap("summary")).containsOnlyKeys(summary.keySet());
        summary.forEach((field, expected) -> {
            Object shown = json.get("summary." + field);
            String what = year + " summary." + field;
            if (expected == null) {
                assertThat(shown).as(what + ": no data").isNull();
            } else if (expected instanceof Long count) {
                assertThat(shown).as(what).isNotNull();
                assertThat(((Number) shown).longValue()).as(what).isEqualTo(count);
            } else {
                assertThat(shown).as(what).isNotNull();
                assertThat(new BigDecimal(shown.toString())).as(what).isCloseTo((BigDecimal) expected, within(ROUNDING.get(field)));
            }
        });

        Map<String, Long> outcomes = raw.outcomes(year);
        Map<String, Object> shownOutcomes = json.getMap("workflow.outcomes");
        assertThat(shownOutcomes).as(year + " outcomes").containsOnlyKeys(outcomes.keySet());
        outcomes.forEach((key, count) -> assertThat(((Number) shownOutcomes.get(key)).longValue()).as(year + " " + key)
                .isEqualTo(count));

        Map<String, RawRecords.Step> steps = raw.steps(year);
        List<Map<String, Object>> shownSteps = json.getList("workflow.steps");
        assertThat(shownSteps).as(year + " steps").extracting(s -> (String) s.get("key"))
                .containsExactlyInAnyOrderElementsOf(steps.keySet());
        for (Map<String, Object> shown : shownSteps) {
            RawRecords.Step expected = steps.get((String) shown.get("key"));
            String what = year + " step " + shown.get("key");
            assertThat(((Number) shown.get("completed")).longValue()).as(what + " completed").isEqualTo(expected.completed());
            assertThat(((Number) shown.get("overdue")).longValue()).as(what + " overdue").isEqualTo(expected.overdue());
            days(shown.get("medianDays"), expected.medianDays(), what + " median");
            days(shown.get("p90Days"), expected.p90Days(), what + " p90");
        }
    }

    private static void days(Object shown, Double expected, String what) {
        if (expected == null) {
            assertThat(shown).as(what + ": no data").isNull();
        } else {
            assertThat(shown).as(what).isNotNull();
            assertThat(((Number) shown).doubleValue()).as(what).isCloseTo(expected, within(1e-9));
        }
    }

    /**
     * The demo's recorded handling of its projects in a complete past year, by hand from the table in DemoHandling:
     * days, not milliseconds, per step, and four steps late. (Durations sorted; nearest rank: the median of n values
     * is the ceil(n/2)-th, the 90th percentile the ceil(0.9 n)-th.)
     */
    @Test
    void theDemoHistoryTakesDaysPerStepAndSomeStepsRunLate() throws SQLException {
        Map<String, RawRecords.Step> expected = new TreeMap<>();
        // 0.9 1.3 1.6 [1.8] 1.9 2.9 [7.9]; one late (the third handling's first check: 7.9 days for 3 working days)
        expected.put("checkDossier", new RawRecords.Step(7, 1.8, 7.9, 1));
        // [8.0] [19.5]; the second late (19.5 days for 10 working days)
        expected.put("supplementDossier", new RawRecords.Step(2, 8.0, 19.5, 1));
        // 0.7 0.8 [1.1] 1.4 [4.6]; 4.6 days for 2 working days is late
        expected.put("collectOpinions", new RawRecords.Step(5, 1.1, 4.6, 1));
        // 2.2 2.6 3.1 3.4 3.7 [4.4] 4.9 5.3 5.6 [6.1] 6.8
        expected.put("giveOpinion", new RawRecords.Step(11, 4.4, 6.1, 0));
        // 4.2 6.7 [7.8] 9.3 10.4 [12.5]
        expected.put("appraiseProposal", new RawRecords.Step(6, 7.8, 12.5, 0));
        expected.put("reviseProposal", new RawRecords.Step(1, 9.2, 9.2, 0));
        // 2.4 3.1 [4.3] 5.1 [13.5]; 13.5 days for 7 working days is late
        expected.put("approveProposal", new RawRecords.Step(5, 4.3, 13.5, 1));
        long project;
        try (RawRecords raw = new RawRecords()) {
            assertThat(raw.demoSteps(YEAR - 1)).isEqualTo(expected);
            project = raw.lastDemoProject(YEAR - 1);
        }
        // the project's own page shows how it was handled: the year's last handling, straight through
        assertThat(as(LEADERSHIP).get("/api/proposals/" + project + "/timeline").then().statusCode(200).extract()
                .<List<String>>path("activityId")).containsSubsequence("checkDossier", "collectOpinions", "giveOpinion",
                "giveOpinion", "appraiseProposal", "approveProposal");
        assertThat(as(LEADERSHIP).get("/api/proposals/" + project + "/diagram").then().statusCode(200).extract()
                .<List<String>>path("completedActivityIds")).contains("checkDossier", "approveProposal");
    }

    @Test
    void everyYearOfTheDemoHistoryHasItsHeadlineFigures() {
        for (int year = YEAR - 5; year <= YEAR; year++) {
            JsonPath json = dashboard(year, "vi");
            for (String field : List.of("committedUsd", "disbursedUsd", "population", "disbursedPerCapita",
                    "committedPerCapita", "nationalPerCapita", "ratioToNational")) {
                assertThat(json.<Object>get("summary." + field)).as(year + " " + field).isNotNull();
            }
            assertThat(json.getInt("summary.approved")).as(year + " approved").isGreaterThanOrEqualTo(4);
            assertThat(json.getInt("summary.activeProjects")).as(year + " active").isGreaterThanOrEqualTo(3);
            if (year > YEAR - 5) {
                // the first year has no previous year to change from
                assertThat(json.<Object>get("summary.changeFromPrevious")).as(year + " change").isNotNull();
            }
        }
        // Vietnamese sector names by default, English on request, as in the workbook
        assertThat(dashboard(YEAR, "vi").getList("bySector.name", String.class)).contains("Y tế");
        assertThat(dashboard(YEAR, "en").getList("bySector.name", String.class)).contains("Health");
    }

    @Test
    void onlyLeadershipAndAdminReadIt() {
        given().get("/api/dashboard/" + YEAR).then().statusCode(401);
        for (String user : List.of(OFFICER, APPRAISER, CONSULTEE_POLICE, APPROVER)) {
            as(user).get("/api/dashboard/" + YEAR).then().statusCode(403);
        }
        as(ADMIN).get("/api/dashboard/" + YEAR).then().statusCode(200).body("year", equalTo(YEAR));
    }

    @Test
    void aBadYearOrLanguageIsA400NamingIt() {
        for (String year : List.of("abc", "1989", "2101", "20261", "-2026")) {
            as(LEADERSHIP).get("/api/dashboard/" + year).then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("violations.field", everyItem(endsWith("year")));
        }
        as(LEADERSHIP).queryParam("lang", "fr").get("/api/dashboard/" + YEAR).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", everyItem(endsWith("lang")));
    }

    @Test
    void aMissingRateIsTheWorkbooks422() {
        String currency = unratedCurrency(LocalDate.of(2011, 3, 1));
        Map<String, Object> rate = Map.of("currency", currency, "date", "2011-01-04", "unitsPerUsd", 82.5, "source", "Kiểm thử");
        as(ADMIN).body(rate).post("/api/exchange-rates").then().statusCode(200);
        Map<String, Object> body = proposal("PROJECT", "Dự án ngoại tệ " + currency + " 2011");
        body.put("currency", currency);
        body.put("committedAmount", 8_250_000);
        body.put("plannedStart", "2011-03-01");
        body.put("plannedEnd", "2011-12-31");   // 2012 is AnnualReportTest's
        approvedProject(body, "2011-03-01");
        int rateId = as(ADMIN).queryParam("currency", currency).get("/api/exchange-rates").then().extract()
                .path("find { it.date == '2011-01-04' }.id");
        as(ADMIN).delete("/api/exchange-rates/" + rateId).then().statusCode(204);
        try {
            for (String path : List.of("/api/dashboard/" + YEAR, "/api/reports/annual/" + YEAR)) {
                // the gaps this test made (whatever others are listed)
                as(LEADERSHIP).get(path).then().statusCode(422)
                        .contentType(containsString("application/problem+json"))
                        .body("title", equalTo("Missing exchange rates"))
                        .body("missingRates.findAll { it.currency == '" + currency + "' }.date", contains("2011-03-01"));
            }
        } finally {
            // every report converts every project: leave the data whole for the other tests
            as(ADMIN).body(rate).post("/api/exchange-rates").then().statusCode(200);
        }
        as(LEADERSHIP).get("/api/dashboard/" + YEAR).then().statusCode(200);
    }
}
