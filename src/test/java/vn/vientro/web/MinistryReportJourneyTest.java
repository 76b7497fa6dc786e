package vn.vientro.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.vientro.report.service.MinistryReports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The annual report to the ministry in the browser (issue 15): the officer finds the year's "send the annual report"
 * step in the inbox, downloads the consolidated workbook and the covering letter from the task page, records the
 * report as sent, and the ministry reports page shows the year as sent, by whom and how.
 */
@QuarkusTest
class MinistryReportJourneyTest extends BrowserTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final double COMMITTED = 86420.25;

    @Inject
    MinistryReports reports;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** The latest year before this one that has no report yet: the demo's past years first. */
    private static int unreportedYear() {
        List<Integer> known = as(ADMIN).get("/api/reports/ministry").then().statusCode(200).extract().path("years.year");
        int year = today().getYear() - 1;
        while (known.contains(year)) {
            year--;
        }
        return year;
    }

    /** The value next to a label in the first column. */
    private static Cell valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    /** The row of the sheet whose cells include this text. */
    private static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
    }

    @Test
    void theOfficerDownloadsTheYearsReportSendsItAndTheMinistryPageShowsItSent() throws IOException {
        int year = unreportedYear();
        // An aid of this test's own, approved in that year: the year's figures include it whatever else the year has.
        String title = "Nước sạch cho trường học Châu Thành " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = new HashMap<>(proposal("PROJECT", title));
        body.put("committedAmount", COMMITTED);
        body.put("plannedStart", LocalDate.of(year, 7, 1).toString());
        body.put("plannedEnd", LocalDate.of(year + 2, 6, 30).toString());
        approvedProject(body, LocalDate.of(year, 6, 10).toString());
        reports.start(year);
        String subject = "Báo cáo năm " + year + " gửi Bộ Tài chính";

        // The officer finds the step in the inbox, due on 15 January of the next year.
        signIn(OFFICER);
        open("/inbox?key=sendAnnualReport");
        Locator row = page.locator("table.inbox-table tbody tr").filter(new Locator.FilterOptions().setHasText(subject));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("15/01/" + (year + 1));
        row.getByRole(AriaRole.LINK).first().click();
        assertThat(heading()).hasText("Gửi báo cáo năm cho Bộ Tài chính");

        // The task page offers the workbook and the letter.
        Locator downloads = page.getByTestId("task-downloads");
        assertThat(downloads.locator("li")).hasCount(2);
        assertThat(downloads).containsText("Bảng tổng hợp năm (Excel)");
        assertThat(downloads).containsText("Công văn gửi Bộ Tài chính (Word)");
        check("task-annual-report");

        Download workbookFile = page.waitForDownload(() -> downloads.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Tải xuống Bảng tổng hợp năm (Excel)")).click());
        assertThat(workbookFile.suggestedFilename()).isEqualTo("bao-cao-bo-tai-chinh-" + year + ".xlsx");
        Download letterFile = page.waitForDownload(() -> downloads.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Tải xuống Công văn gửi Bộ Tài chính (Word)")).click());
        assertThat(letterFile.suggestedFilename()).isEqualTo("cong-van-bao-cao-nam-" + year + ".docx");
        // kept for a look in LibreOffice after the run
        workbookFile.saveAs(Path.of("target", "reports", "ministry-report.xlsx"));
        letterFile.saveAs(Path.of("target", "generated-documents", "annual-report-letter.docx"));

        byte[] annualBytes = as(LEADERSHIP).get("/api/reports/annual/" + year).then().statusCode(200).extract().asByteArray();
        long approved;
        long active;
        try (Workbook ministry = new XSSFWorkbook(Files.newInputStream(workbookFile.path()));
             Workbook annual = new XSSFWorkbook(new ByteArrayInputStream(annualBytes))) {
            Sheet m = ministry.getSheet("Tổng hợp");
            Sheet a = annual.getSheet("Tổng hợp");
            // the figures the ministry gets are the annual workbook's of the same year
            for (String label : List.of("Dự án đang thực hiện", "Giá trị cam kết (USD)", "Giá trị giải ngân (USD)")) {
                assertThat(valueOf(m, label).getNumericCellValue()).as(label).isEqualTo(valueOf(a, label).getNumericCellValue());
            }
            approved = (long) valueOf(m, "Khoản viện trợ được phê duyệt trong năm").getNumericCellValue();
            active = (long) valueOf(m, "Dự án đang thực hiện").getNumericCellValue();
            assertThat(approved).as("this test's aid is approved in " + year).isPositive();
            // this test's aid is listed with the amount it was approved for
            Row listed = rowWith(ministry.getSheet("Dự án"), title);
            boolean amount = false;
            for (Cell cell : listed) {
                amount |= cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == COMMITTED;
            }
            assertThat(amount).as("committed amount on the Projects sheet").isTrue();
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(letterFile.path()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("Kính gửi: Bộ Tài chính", "năm " + year + " như sau",
                    "Số khoản viện trợ được phê duyệt trong năm: " + approved + ",",
                    "Số dự án đang thực hiện trong năm: " + active + ",");
        }

        // Sent today by the national document system.
        String today = today().format(DMY);
        page.getByLabel("Ngày gửi").fill(today);
        page.getByLabel("Hệ thống quản lý văn bản quốc gia").check();
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        assertThat(heading()).hasText("Hộp công việc");

        // The ministry reports page: the year is sent, by whom and how; the documents stay downloadable.
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Báo cáo gửi Bộ")).click();
        assertThat(heading()).hasText("Báo cáo năm gửi Bộ Tài chính");
        Locator line = page.getByTestId("ministry-report-" + year);
        assertThat(line).containsText("Đã gửi");
        assertThat(line).containsText("Gửi ngày " + today + ", hệ thống quản lý văn bản quốc gia, do " + OFFICER + " ghi nhận");
        assertThat(line.getByRole(AriaRole.LINK)).hasCount(0);
        Download again = page.waitForDownload(() -> line.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Công văn (Word) năm " + year)).click());
        assertThat(again.suggestedFilename()).isEqualTo("cong-van-bao-cao-nam-" + year + ".docx");
        check("ministry-reports");
    }

    @Test
    void theOpenYearLinksToItsTaskForOfficersOnlyAndOtherRolesHaveNoEntry() {
        int year = unreportedYear();
        reports.start(year);
        String taskId = as(OFFICER).get("/api/reports/ministry").then().statusCode(200)
                .extract().path("years.find { it.year == " + year + " }.taskId");
        signIn(OFFICER);
        open("/ministry-reports");
        Locator line = page.getByTestId("ministry-report-" + year);
        // a past year's report started late is overdue at once
        assertThat(line).containsText("Quá hạn");
        assertThat(line).containsText("15/01/" + (year + 1));
        line.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mở công việc gửi báo cáo năm " + year)).click();
        assertThat(heading()).hasText("Gửi báo cáo năm cho Bộ Tài chính");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/tasks/" + taskId + "$"));

        // Leadership reads the page without the task link; an appraiser has no entry and no page.
        signIn(LEADERSHIP);
        open("/ministry-reports");
        assertThat(heading()).hasText("Báo cáo năm gửi Bộ Tài chính");
        assertThat(page.getByTestId("ministry-report-" + year).getByRole(AriaRole.LINK)).hasCount(0);
        signIn(APPRAISER);
        assertThat(page.getByRole(AriaRole.NAVIGATION).getByText("Báo cáo gửi Bộ")).hasCount(0);
        open("/ministry-reports");
        assertThat(heading()).hasText("Bạn không có quyền xem trang này");
    }
}
