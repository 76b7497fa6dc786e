package vn.vientro.project;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** The import of earlier projects from the Excel template: every bad cell named, nothing half-written. */
@QuarkusTest
class HistoryImportTest {

    private static Workbook template() throws IOException {
        byte[] bytes = as(OFFICER).get("/api/import/template").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (values[i] instanceof LocalDate d) {
                row.createCell(i).setCellValue(d);
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        var out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static long proposals() {
        return ((Number) as(ADMIN).get("/api/proposals").then().extract().path("total")).longValue();
    }

    private static io.restassured.response.ValidatableResponse upload(byte[] file) {
        return vn.vientro.support.Api.upload(ADMIN).multiPart("file", "lich-su.xlsx", file,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").post("/api/import").then();
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryErrorNamed() throws IOException {
        long before = proposals();
        try (Workbook wb = template()) {
            Sheet projects = wb.getSheetAt(0);
            Sheet entries = wb.getSheetAt(1);
            row(projects, 1, "A", "Dự án tốt năm 2010", null, "PROJECT", "Save the Children", "Sở Y tế", "HEALTH:100",
                    "711", "2010-01-01", "2011-12-31", 100000, "USD", "12/QĐ-UBND", "2010-02-01", "Chủ tịch");
            row(projects, 2, "B", "Dự án sai", null, "QUA_TANG", "Không có thật", "Sở Y tế", "HEALTH:60;GENDER:30",
                    "711", "hôm qua", "2011-12-31", "nhiều", "USD", "13/QĐ-UBND", "2010-02-01", "Chủ tịch");
            row(projects, 3, "C", "Dự án ngày ngược", null, "PROJECT", "Save the Children", "Sở Y tế", "HEALTH:60;GENDER:30",
                    "711", "2010-06-01", "2010-01-01", 5000, "USD", "14/QĐ-UBND", "2010-06-01", "Chủ tịch");
            row(projects, 4, "D", "x".repeat(600), null, "PROJECT", "Save the Children", "Sở Y tế", "HEALTH:150;GENDER:-50",
                    "711", "2010-01-01", "2011-12-31", -5, "USD", "15/QĐ-UBND", "2010-02-01", "Chủ tịch");
            row(entries, 1, "A", "2010-03-01", 40000, "USD");
            row(entries, 4, "A", "2010-03-02", 1234.567, "USD");
            row(entries, 2, "A", "2009-12-31", 1000, "USD");
            row(entries, 3, "Z", "2010-03-01", 1000, "USD");
            upload(bytes(wb)).statusCode(400).contentType(containsString("application/problem+json"))
                    .body("errors.findAll { it.row == 3 }.column", hasItems("kind", "ngoName", "plannedStart", "committedAmount"))
                    .body("errors.find { it.row == 4 }.column", equalTo("plannedEnd"))
                    .body("errors.find { it.sheet.startsWith('Giai') && it.row == 3 }.column", equalTo("date"))
                    .body("errors.find { it.sheet.startsWith('Giai') && it.row == 4 }.column", equalTo("projectRef"))
                    .body("errors.findAll { it.row == 5 && it.sheet.startsWith('Du') }.column",
                            hasItems("titleVi", "sectors", "committedAmount"))
                    .body("errors.find { it.sheet.startsWith('Giai') && it.row == 5 }.column", equalTo("amount"));
        }
        assertThat(proposals()).isEqualTo(before);
        as(LEADERSHIP).get("/api/reports/annual/2010").then().statusCode(200);
    }

    /** The 2009 workbook's disbursed figure (USD). */
    private static double disbursedIn2009() throws IOException {
        byte[] report = as(LEADERSHIP).get("/api/reports/annual/2009").then().statusCode(200).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            for (Row row : wb.getSheet("Tổng hợp")) {
                if (row.getCell(0) != null && "Giá trị giải ngân (USD)".equals(row.getCell(0).getStringCellValue())) {
                    return row.getCell(1).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no disbursed row in the 2009 report");
    }

    @Test
    void aGoodFileAppearsInTheNextReport() throws IOException {
        // what other tests put in 2009 stays; the import adds its two entries to it
        double before = disbursedIn2009();
        try (Workbook wb = template()) {
            Sheet projects = wb.getSheetAt(0);
            row(projects, 1, "P1", "Dự án lịch sử xã Bến Cầu", "Historical project", "PROJECT", "Save the Children",
                    "Sở Y tế", "HEALTH:70;GENDER:30", "711", LocalDate.of(2009, 1, 1), LocalDate.of(2010, 12, 31),
                    200000, "USD", "99/QĐ-UBND", LocalDate.of(2009, 2, 10), "Phó Chủ tịch");
            row(wb.getSheetAt(1), 1, "P1", LocalDate.of(2009, 5, 5), 80000, "USD", "Đợt 1");
            row(wb.getSheetAt(1), 2, "P1", "2009-11-20", 20000, "USD", "Đợt 2");
            upload(bytes(wb)).statusCode(200).body("projects", equalTo(1)).body("disbursements", equalTo(2));
        }
        assertThat(disbursedIn2009()).isEqualTo(before + 100_000.0);
        List<String> titles = as(ADMIN).queryParam("q", "Dự án lịch sử").get("/api/proposals").then().extract().path("items.status");
        assertThat(titles).containsExactly("APPROVED");
    }

    @Test
    void onlyAdminsImportAndOfficersMayTakeTheTemplate() {
        as(LEADERSHIP).get("/api/import/template").then().statusCode(403);
        // an upload records projects as approved without the approver: an officer may not do that
        vn.vientro.support.Api.upload(OFFICER).multiPart("file", "x.xlsx", new byte[]{1, 2, 3}).post("/api/import")
                .then().statusCode(403);
        vn.vientro.support.Api.upload(APPRAISER).multiPart("file", "x.xlsx", new byte[]{1, 2, 3}).post("/api/import")
                .then().statusCode(403);
        upload(new byte[]{1, 2, 3}).statusCode(400).body("violations[0].field", equalTo("file"));
    }
}
