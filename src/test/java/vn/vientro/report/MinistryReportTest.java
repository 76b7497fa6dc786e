package vn.vientro.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.vientro.document.Decree30Layout;
import vn.vientro.document.domain.DocumentKind;
import vn.vientro.report.service.MinistryReports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/**
 * The annual report to the ministry through the API: its workbook agrees cell by cell with the annual workbook where
 * they show the same thing, its letter is the province's letter with the year's figures, and its task is in the
 * officers' inbox and records how and when the report was sent.
 */
@QuarkusTest
class MinistryReportTest {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    MinistryReports reports;

    private static byte[] bytes(String user, String path, int status) {
        return as(user).get(path).then().statusCode(status).extract().asByteArray();
    }

    private static Workbook workbook(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** A cell as text, for comparing: its type and its value. */
    private static String show(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> "N" + cell.getNumericCellValue();
            case STRING -> "S" + cell.getStringCellValue();
            case BOOLEAN -> "B" + cell.getBooleanCellValue();
            default -> cell.getCellType().name();
        };
    }

    private static Cell valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    @Test
    void theWorkbookOfTheDemoYearShowsTheAnnualWorkbooksFiguresCellByCell() throws IOException {
        int year = LocalDate.now(PROVINCE).getYear();
        try (Workbook annual = workbook(bytes(LEADERSHIP, "/api/reports/annual/" + year, 200));
             Workbook ministry = workbook(bytes(OFFICER, "/api/reports/ministry/" + year + "/workbook", 200))) {
            for (String name : List.of("Theo lĩnh vực", "Theo nhà tài trợ", "Theo địa bàn", "Dự án", "Tình hình báo cáo", "Ghi chú")) {
                Sheet a = annual.getSheet(name);
                Sheet m = ministry.getSheet(name);
                assertThat(m).as(name).isNotNull();
                assertThat(m.getLastRowNum()).as(name + " rows").isEqualTo(a.getLastRowNum());
                for (int r = 0; r <= a.getLastRowNum(); r++) {
                    Row ar = a.getRow(r);
                    Row mr = m.getRow(r);
                    int last = ar == null ? 0 : ar.getLastCellNum();
                    for (int c = 0; c < last; c++) {
                        assertThat(show(mr == null ? null : mr.getCell(c))).as(name + " R" + r + "C" + c)
                                .isEqualTo(show(ar.getCell(c)));
                    }
                }
            }
            assertThat(ministry.getSheet("Dự án").getLastRowNum()).as("the demo year has projects").isPositive();
            Sheet a = annual.getSheet("Tổng hợp");
            Sheet m = ministry.getSheet("Tổng hợp");
            for (String label : List.of("Dự án đang thực hiện", "Giá trị cam kết (USD)", "Giá trị giải ngân (USD)")) {
                assertThat(show(valueOf(m, label))).as(label).isEqualTo(show(valueOf(a, label)));
            }
            // the year's approvals, each once, are the projects decided in the year on the Changes sheet
            Sheet changes = ministry.getSheet("Biến động trong năm");
            long approvals = 0;
            for (Row row : changes) {
                if (row.getRowNum() > 0 && "Phê duyệt".equals(row.getCell(0).getStringCellValue())) {
                    approvals++;
                    assertThat(row.getCell(4).getLocalDateTimeCellValue().getYear()).isEqualTo(year);
                }
            }
            assertThat(valueOf(m, "Khoản viện trợ được phê duyệt trong năm").getNumericCellValue()).isEqualTo(approvals);
        }
    }

    @Test
    void theLetterIsTheProvincesLetterToTheMinistryWithTheYearsFigures() throws IOException {
        int year = LocalDate.now(PROVINCE).getYear();
        byte[] docx = as(OFFICER).get("/api/reports/ministry/" + year + "/letter").then().statusCode(200)
                .header("Content-Disposition", containsString("cong-van-bao-cao-nam-" + year + ".docx"))
                .extract().asByteArray();
        // kept for rendering, as GeneratedDocumentsTest keeps the proposals' documents
        Path copy = Path.of("target", "generated-documents", "annual-report-letter.docx");
        Files.createDirectories(copy.getParent());
        Files.write(copy, docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = Decree30Layout.paragraphs(doc).stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).doesNotContain("{{").contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "/UBND-NV", "Kính gửi: Bộ Tài chính", "khoản 9 Điều 13",
                    "năm " + year + " như sau", "đô la Mỹ", "Nơi nhận:", "- Lưu: VT, NV.", "TM. ỦY BAN NHÂN DÂN");
            Decree30Layout.assertLayout(doc, DocumentKind.ANNUAL_REPORT_LETTER);
        }
    }

    @Test
    void yearsOutOfRangeAreRefusedWithTheirReason() {
        as(OFFICER).get("/api/reports/ministry/1989/workbook").then().statusCode(400)
                .contentType(containsString("problem+json"));
        as(OFFICER).get("/api/reports/ministry/" + (LocalDate.now(PROVINCE).getYear() + 1) + "/letter").then().statusCode(404)
                .contentType(containsString("problem+json")).body("code", equalTo("not-found"));
        RestAssured.given().get("/api/reports/ministry").then().statusCode(401);
        as(APPRAISER).get("/api/reports/ministry/2020/workbook").then().statusCode(403);
    }

    @Test
    void theOfficersMarkTheYearsReportSentFromTheirInbox() {
        List<Integer> known = as(ADMIN).get("/api/reports/ministry").then().statusCode(200).extract().path("years.year");
        int year = 1990;
        while (known.contains(year)) {
            year++;
        }
        reports.start(year);
        reports.start(year);   // a second start of the same year adds nothing
        String subject = "Báo cáo năm " + year + " gửi Bộ Tài chính";
        List<Map<String, Object>> tasks = as(OFFICER).queryParam("key", "sendAnnualReport").queryParam("size", 200)
                .get("/api/tasks").then().statusCode(200).extract().path("items.findAll { it.subject?.vi == '" + subject + "' }");
        assertThat(tasks).hasSize(1);
        String id = (String) tasks.get(0).get("id");
        as(OFFICER).get("/api/tasks/" + id).then().statusCode(200)
                .body("proposal", nullValue())
                .body("dueAt", equalTo(LocalDate.of(year + 1, 1, 15).atTime(17, 0).atZone(PROVINCE).toInstant().toString()))
                .body("downloads.path", contains("/api/reports/ministry/" + year + "/workbook", "/api/reports/ministry/" + year + "/letter"))
                .body("outcomes[0].fields[1].options.code", contains("post", "email", "documentSystem"));

        as(LEADERSHIP).get("/api/reports/ministry").then().statusCode(200)
                .body("years.find { it.year == " + year + " }.taskId", equalTo(id));

        String today = LocalDate.now(PROVINCE).toString();
        as(OFFICER).body(Map.of("outcome", "markSent", "fields", Map.of("sentOn", today, "sentVia", "fax")))
                .post("/api/tasks/" + id + "/complete").then().statusCode(400)
                .body("violations[0].field", equalTo("fields.sentVia")).body("violations[0].code", equalTo("not-one-of"));
        as(OFFICER).body(Map.of("outcome", "markSent", "fields", Map.of("sentVia", "email")))
                .post("/api/tasks/" + id + "/complete").then().statusCode(400)
                .body("violations[0].field", equalTo("fields.sentOn")).body("violations[0].code", equalTo("required"));
        as(OFFICER).body(Map.of("outcome", "markSent", "fields", Map.of("sentOn", today, "sentVia", "email")))
                .post("/api/tasks/" + id + "/complete").then().statusCode(204);

        as(LEADERSHIP).get("/api/reports/ministry").then().statusCode(200)
                .body("years.find { it.year == " + year + " }.sentOn", equalTo(today))
                .body("years.find { it.year == " + year + " }.sentVia", equalTo("email"))
                .body("years.find { it.year == " + year + " }.sentBy", equalTo(OFFICER))
                .body("years.find { it.year == " + year + " }.taskId", nullValue())
                .body("years.findAll { it.year == " + year + " }", hasSize(1));
    }
}
