package vn.vientro.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vientro.document.Decree30Layout;
import vn.vientro.support.Fixtures;
import vn.vientro.support.TestClock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static vn.vientro.support.Api.*;

/**
 * Reporting compliance (docs/domain.md) through the API and in the workbooks: three aid owners' projects of 2014–15
 * whose reports were sent, on fixed days, on time, on the due date itself, a minute after it, after a correction was
 * asked for, early, or never. Each project owes in 2015 its annual report of 2014 (due 15 February), its half-year
 * report (31 July) and its completion report (30 December, six months after its end on 30 June). The expected
 * statuses are worked out by hand; the year's counts are recomputed from the rows by {@link RawRecords}.
 */
@QuarkusTest
class ReportingComplianceTest {

    private static final int YEAR = 2015;
    private static final Map<String, String> KIND_VI = Map.of("HALF_YEAR", "Báo cáo 6 tháng", "ANNUAL", "Báo cáo năm",
            "COMPLETION", "Báo cáo kết thúc");
    private static final Map<String, String> STATUS_VI = Map.of("ON_TIME", "Nộp đúng hạn", "LATE", "Nộp muộn",
            "MISSING", "Quá hạn, chưa nộp", "NOT_YET_DUE", "Chưa đến hạn");
    private static final List<String> STATUSES = List.of("ON_TIME", "LATE", "MISSING", "NOT_YET_DUE");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Owned(long projectId, String unitCode, String user) {
    }

    private record Scenario(Owned a, Owned b, Owned c) {
    }

    /** Decided 20 February 2014, running 1 March 2014 – 30 June 2015, for an aid owner of its own. */
    private static Owned project(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(proposal("PROJECT", "Tuân thủ báo cáo " + name + " " + suffix));
        body.put("aidOwner", "Trạm Y tế Thử nghiệm " + name + " " + suffix);
        body.put("plannedStart", "2014-03-01");
        body.put("plannedEnd", "2015-06-30");
        long id = approvedProject(body, "2014-02-20");
        String code = proposalOf(id).getString("aidOwnerCode");
        String user = "chuvt.tt" + suffix;
        Fixtures.user(user, "aid-owner", code, "aid-owner");
        return new Owned(id, code, user);
    }

    private static long obligation(Owned p, String kind, String periodStart) {
        List<Map<String, Object>> owed = as(p.user()).queryParam("projectId", p.projectId()).get("/api/report-obligations")
                .then().statusCode(200).extract().path("$");
        return owed.stream().filter(o -> kind.equals(o.get("kind")) && periodStart.equals(o.get("periodStart")))
                .map(o -> ((Number) o.get("id")).longValue()).findFirst().orElseThrow();
    }

    /** The aid owner sends the report at {@code at}, province time. */
    private void send(Owned p, String kind, String periodStart, LocalDateTime at) {
        clock.set(at);
        as(p.user()).body(Map.of("amounts", List.of(Map.of("currency", "USD", "received", 10000, "spent", 7500)),
                        "indicators", List.of(), "narrative", "Báo cáo " + kind + " gửi lúc " + at))
                .post("/api/report-obligations/" + obligation(p, kind, periodStart) + "/reports").then().statusCode(201);
    }

    private void review(Owned p, LocalDateTime at, String outcome, Map<String, Object> fields) {
        clock.set(at);
        complete(p.projectId(), "reviewReport", OFFICER, outcome, fields);
    }

    private Scenario scenario() {
        Owned a = project("A");
        Owned b = project("B");
        Owned c = project("C");
        send(a, "ANNUAL", "2014-03-01", LocalDateTime.of(2015, 2, 10, 9, 0));
        // on the due date itself, late in the evening: still on time
        send(b, "ANNUAL", "2014-03-01", LocalDateTime.of(2015, 2, 15, 23, 30));
        review(b, LocalDateTime.of(2015, 2, 16, 9, 0), "accept", Map.of());
        // half an hour into the next day: late
        send(c, "ANNUAL", "2014-03-01", LocalDateTime.of(2015, 2, 16, 0, 30));
        review(c, LocalDateTime.of(2015, 2, 17, 9, 0), "accept", Map.of());
        // sent on time, sent back, sent again after the due date: the first sending counts
        send(b, "HALF_YEAR", "2015-01-01", LocalDateTime.of(2015, 7, 20, 10, 0));
        review(b, LocalDateTime.of(2015, 7, 25, 10, 0), "requestCorrection", Map.of("correction", "Thiếu chứng từ"));
        send(b, "HALF_YEAR", "2015-01-01", LocalDateTime.of(2015, 8, 10, 10, 0));
        send(a, "HALF_YEAR", "2015-01-01", LocalDateTime.of(2015, 8, 20, 10, 0));
        // early, months before its due date; accepted, it closes the project on 20 September
        send(c, "COMPLETION", "2014-03-01", LocalDateTime.of(2015, 9, 15, 10, 0));
        review(c, LocalDateTime.of(2015, 9, 20, 10, 0), "accept", Map.of());
        assertThat(status(c.projectId())).isEqualTo("CLOSED");
        return new Scenario(a, b, c);
    }

    private static JsonPath compliance(int year) {
        return as(LEADERSHIP).get("/api/dashboard/" + year + "/compliance").then().statusCode(200).extract().jsonPath();
    }

    /** The rows of these projects as "project kind: status submittedOn", sorted. */
    private static List<String> rowsOf(JsonPath json, Owned... projects) {
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < projects.length; i++) {
            names.put(projects[i].projectId(), String.valueOf((char) ('A' + i)));
        }
        List<Map<String, Object>> rows = json.getList("obligations");
        return rows.stream().filter(r -> names.containsKey(((Number) r.get("projectId")).longValue()))
                .map(r -> names.get(((Number) r.get("projectId")).longValue()) + " " + r.get("kind") + ": " + r.get("status")
                        + " " + r.get("submittedOn")).sorted().toList();
    }

    /** The API's answer of a year holds exactly the rows and counts recomputed from the tables. */
    private static void sameAsRaw(JsonPath json, List<RawRecords.Obligation> raw) {
        List<Map<String, Object>> rows = json.getList("obligations");
        assertThat(rows).extracting(r -> ((Number) r.get("obligationId")).longValue() + " " + r.get("projectId") + " "
                        + r.get("aidOwnerCode") + " " + r.get("kind") + " " + r.get("dueDate") + " " + r.get("submittedOn") + " "
                        + r.get("status"))
                .containsExactlyInAnyOrderElementsOf(raw.stream().map(o -> o.id() + " " + o.projectId() + " " + o.aidOwnerCode()
                        + " " + o.kind() + " " + o.dueDate() + " " + o.submittedOn() + " " + o.status()).toList());
        assertThat(counts(json.getMap("totals"))).isEqualTo(counts(raw));
        Map<String, List<RawRecords.Obligation>> byKind = raw.stream().collect(Collectors.groupingBy(RawRecords.Obligation::kind));
        List<Map<String, Object>> kinds = json.getList("byKind");
        assertThat(kinds).extracting(k -> k.get("kind")).containsExactly("HALF_YEAR", "ANNUAL", "COMPLETION");
        for (Map<String, Object> k : kinds) {
            assertThat(counts(map(k.get("counts")))).as("" + k.get("kind"))
                    .isEqualTo(counts(byKind.getOrDefault((String) k.get("kind"), List.of())));
        }
        Map<String, List<RawRecords.Obligation>> byOwner = raw.stream()
                .collect(Collectors.groupingBy(RawRecords.Obligation::aidOwnerCode, TreeMap::new, Collectors.toList()));
        List<Map<String, Object>> owners = json.getList("byAidOwner");
        assertThat(owners).extracting(o -> o.get("code")).containsExactlyElementsOf(byOwner.keySet());
        for (Map<String, Object> o : owners) {
            assertThat(counts(map(o.get("counts")))).as("" + o.get("code")).isEqualTo(counts(byOwner.get((String) o.get("code"))));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    /** due, on time, late, missing, not yet due. */
    private static List<Long> counts(Map<String, Object> c) {
        return List.of("due", "onTime", "late", "missing", "notYetDue").stream()
                .map(f -> ((Number) c.get(f)).longValue()).toList();
    }

    private static List<Long> counts(List<RawRecords.Obligation> raw) {
        List<Long> counts = new ArrayList<>();
        counts.add((long) raw.size());
        STATUSES.forEach(s -> counts.add(raw.stream().filter(o -> o.status().equals(s)).count()));
        return counts;
    }

    @Test
    void eachReportDueInTheYearCountsByTheDayItWasFirstSent() throws SQLException {
        Scenario s = scenario();
        try (RawRecords raw = new RawRecords()) {
            // on 1 October 2015 the completion reports of A and B are not yet due
            clock.set(LocalDateTime.of(2015, 10, 1, 12, 0));
            JsonPath then = compliance(YEAR);
            assertThat(then.getString("asOf")).isEqualTo("2015-10-01");
            assertThat(rowsOf(then, s.a(), s.b(), s.c())).containsExactly(
                    "A ANNUAL: ON_TIME 2015-02-10",
                    "A COMPLETION: NOT_YET_DUE null",
                    "A HALF_YEAR: LATE 2015-08-20",
                    "B ANNUAL: ON_TIME 2015-02-15",
                    "B COMPLETION: NOT_YET_DUE null",
                    "B HALF_YEAR: ON_TIME 2015-07-20",
                    "C ANNUAL: LATE 2015-02-16",
                    "C COMPLETION: ON_TIME 2015-09-15",
                    "C HALF_YEAR: MISSING null");
            sameAsRaw(then, raw.compliance(YEAR, LocalDate.of(2015, 10, 1)));
            Map<String, Object> ownerC = then.getMap("byAidOwner.find { it.code == '" + s.c().unitCode() + "' }");
            assertThat(counts(map(ownerC.get("counts")))).containsExactly(3L, 1L, 1L, 1L, 0L);

            // today: they are missing
            clock.reset();
            JsonPath now = compliance(YEAR);
            assertThat(now.getString("asOf")).isEqualTo(today().toString());
            assertThat(rowsOf(now, s.a(), s.b())).contains("A COMPLETION: MISSING null", "B COMPLETION: MISSING null");
            sameAsRaw(now, raw.compliance(YEAR, today()));

            // the annual reports of 2015, due in 2016: C was closed in September 2015 and owes none
            JsonPath next = compliance(YEAR + 1);
            assertThat(rowsOf(next, s.a(), s.b(), s.c())).containsExactly("A ANNUAL: MISSING null", "B ANNUAL: MISSING null");
            sameAsRaw(next, raw.compliance(YEAR + 1, today()));
        }
    }

    /** The workbook, also kept under target/reports for its author to open or render after the run. */
    private static Workbook workbook(String user, String path, String keepAs) throws IOException {
        byte[] bytes = as(user).get(path).then().statusCode(200).extract().asByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/reports", keepAs), bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.getStringCellValue();
    }

    private static LocalDate date(Cell cell) {
        return cell == null ? null : cell.getLocalDateTimeCellValue().toLocalDate();
    }

    @Test
    void theWorkbooksListEachReportDueWithItsStatusAndTheTotals() throws IOException, SQLException {
        Scenario s = scenario();
        clock.reset();
        try (RawRecords raw = new RawRecords();
             Workbook annual = workbook(LEADERSHIP, "/api/reports/annual/" + YEAR, "compliance-annual-" + YEAR + ".xlsx");
             Workbook ministry = workbook(OFFICER, "/api/reports/ministry/" + YEAR + "/workbook",
                     "compliance-ministry-" + YEAR + ".xlsx")) {
            List<RawRecords.Obligation> expected = raw.compliance(YEAR, today());
            Sheet sheet = annual.getSheet("Tình hình báo cáo");
            assertThat(sheet).isNotNull();
            List<Row> rows = DashboardTest.rows(sheet, 0);
            assertThat(rows).extracting(r -> (long) r.getCell(0).getNumericCellValue() + " " + text(r.getCell(3)) + " "
                            + date(r.getCell(6)) + " " + date(r.getCell(7)) + " " + text(r.getCell(8)))
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(o -> o.projectId() + " " + KIND_VI.get(o.kind())
                            + " " + o.dueDate() + " " + o.submittedOn() + " " + STATUS_VI.get(o.status())).toList());
            // C's half-year report, named as the project and its aid owner are
            Row missing = rows.stream().filter(r -> (long) r.getCell(0).getNumericCellValue() == s.c().projectId()
                    && "Báo cáo 6 tháng".equals(text(r.getCell(3)))).findFirst().orElseThrow();
            assertThat(text(missing.getCell(1))).startsWith("Tuân thủ báo cáo C ");
            assertThat(text(missing.getCell(2))).startsWith("Trạm Y tế Thử nghiệm C ");
            assertThat(date(missing.getCell(4))).isEqualTo(LocalDate.of(2015, 1, 1));
            assertThat(date(missing.getCell(5))).isEqualTo(LocalDate.of(2015, 6, 30));
            assertThat(text(missing.getCell(8))).isEqualTo("Quá hạn, chưa nộp");

            // the totals block below the table: by kind, then the total
            int block = rows.size() + 2;
            assertThat(text(sheet.getRow(block).getCell(0))).startsWith("Tổng hợp báo cáo đến hạn năm 2015");
            Row head = sheet.getRow(block + 1);
            assertThat(List.of(3, 4, 5, 6, 7, 8)).extracting(c -> text(head.getCell(c))).containsExactly("Loại báo cáo",
                    "Đến hạn trong năm", "Nộp đúng hạn", "Nộp muộn", "Quá hạn, chưa nộp", "Chưa đến hạn");
            Map<String, List<RawRecords.Obligation>> byKind = expected.stream()
                    .collect(Collectors.groupingBy(RawRecords.Obligation::kind));
            List<String> kinds = List.of("HALF_YEAR", "ANNUAL", "COMPLETION");
            for (int i = 0; i <= kinds.size(); i++) {
                Row row = sheet.getRow(block + 2 + i);
                boolean total = i == kinds.size();
                assertThat(text(row.getCell(3))).isEqualTo(total ? "Tổng cộng" : KIND_VI.get(kinds.get(i)));
                List<Long> values = new ArrayList<>();
                for (int c = 4; c <= 8; c++) {
                    assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
                    values.add((long) row.getCell(c).getNumericCellValue());
                }
                assertThat(values).as(text(row.getCell(3)))
                        .isEqualTo(counts(total ? expected : byKind.getOrDefault(kinds.get(i), List.of())));
            }

            // the ministry's workbook shows the same sheet, cell by cell
            Sheet m = ministry.getSheet("Tình hình báo cáo");
            assertThat(m).isNotNull();
            assertThat(m.getLastRowNum()).isEqualTo(sheet.getLastRowNum());
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row ar = sheet.getRow(r);
                Row mr = m.getRow(r);
                assertThat(mr == null).as("row " + r).isEqualTo(ar == null);
                for (int c = 0; ar != null && c < ar.getLastCellNum(); c++) {
                    assertThat(String.valueOf(mr.getCell(c))).as("R" + r + "C" + c).isEqualTo(String.valueOf(ar.getCell(c)));
                }
            }
        }
    }

    /** The ministry's covering letter states the year's compliance in one sentence: the compliance sheet's totals. */
    @Test
    void theMinistryLetterStatesTheTotalsOfTheComplianceSheet() throws IOException, SQLException {
        scenario();
        // on 1 October 2015 the scenario has reports on time, late, missing and not yet due, each a different number
        LocalDate asOf = LocalDate.of(2015, 10, 1);
        clock.set(asOf.atTime(12, 0));
        try (RawRecords raw = new RawRecords();
             Workbook ministry = workbook(OFFICER, "/api/reports/ministry/" + YEAR + "/workbook",
                     "compliance-ministry-letter-" + YEAR + ".xlsx")) {
            List<Long> expected = counts(raw.compliance(YEAR, asOf));
            Row total = null;
            for (Row row : ministry.getSheet("Tình hình báo cáo")) {
                if ("Tổng cộng".equals(text(row.getCell(3)))) {
                    total = row;
                }
            }
            assertThat(total).as("the compliance sheet's total row").isNotNull();
            List<Long> totals = new ArrayList<>();
            for (int c = 4; c <= 8; c++) {
                totals.add((long) total.getCell(c).getNumericCellValue());
            }
            assertThat(totals).as("due, on time, late, missing, not yet due").isEqualTo(expected);

            byte[] docx = as(OFFICER).get("/api/reports/ministry/" + YEAR + "/letter").then().statusCode(200)
                    .extract().asByteArray();
            try (XWPFDocument letter = new XWPFDocument(new ByteArrayInputStream(docx))) {
                List<String> lines = Decree30Layout.paragraphs(letter).stream().map(XWPFParagraph::getText).toList();
                String line = String.format("- Tình hình báo cáo của chủ khoản viện trợ: %d báo cáo đến hạn trong năm, "
                        + "%d đúng hạn, %d chậm, %d chưa nộp, %d chưa đến hạn;", totals.toArray());
                assertThat(lines).contains(line);
                // among the year's figures, after the disbursements, before the pointer to the appendix
                assertThat(lines.get(lines.indexOf(line) - 1)).startsWith("- Giá trị giải ngân trong năm:");
            }
        }
    }

    @Test
    void onlyLeadershipReadsItAndABadYearIsNamed() {
        for (String year : List.of("abc", "1989", "2101")) {
            as(LEADERSHIP).get("/api/dashboard/" + year + "/compliance").then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("violations.field", everyItem(endsWith("year")));
        }
        given().get("/api/dashboard/2015/compliance").then().statusCode(401);
        as(OFFICER).get("/api/dashboard/2015/compliance").then().statusCode(403);
        as(AID_OWNER).get("/api/dashboard/2015/compliance").then().statusCode(403);
    }
}
