package vn.vientro.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/** Journey 9: the administrator keeps the reference data, users, indicator figures and imports. */
@QuarkusTest
class AdminJourneyTest extends BrowserTest {

    private static int random(int from, int to) {
        return ThreadLocalRandom.current().nextInt(from, to);
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator exactButton(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The holiday form's date field ("Ngày *"), not the checkbox "Là ngày nghỉ" below it. */
    private static final Pattern DATE_LABEL = Pattern.compile("^Ngày( \\*)?$");

    private Locator summary() {
        return page.locator(".error-summary");
    }

    private void openSection(String linkText, String heading) {
        open("/admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkText).setExact(true)).click();
        assertThat(heading()).hasText(heading);
    }

    @Test
    void theLandingPageListsTheSectionsAndAHolidayAddedIsListed() {
        signIn(ADMIN);
        open("/admin");
        assertThat(heading()).hasText("Quản trị");
        for (String section : List.of("Tổ chức phi chính phủ nước ngoài", "Lĩnh vực viện trợ", "Đơn vị hành chính",
                "Cơ quan và vai trò trong quy trình", "Ngày nghỉ lễ", "Người dùng", "Tỷ giá", "Dân số",
                "Số liệu toàn quốc", "Nhập dự án trước đây từ Excel")) {
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(section).setExact(true))).isVisible();
        }
        check("landing");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ngày nghỉ lễ").setExact(true)).click();
        assertThat(heading()).hasText("Ngày nghỉ lễ");
        // No decision entered in the demo data: the days off of this year are the computed ones.
        assertThat(page.locator("vt-holiday-year table caption")).hasText("Ngày nghỉ năm " + java.time.LocalDate.now().getYear());
        assertThat(page.locator("vt-holiday-year tr", new Page.LocatorOptions().setHasText("Giỗ Tổ Hùng Vương")).first())
                .containsText("Tính theo luật");
        check("holidays");

        button("Thêm ngày nghỉ").click();
        exactButton("Lưu").click();
        assertThat(summary()).containsText("Nhập Ngày");
        assertThat(summary()).containsText("Nhập Tên tiếng Việt");
        check("holiday-empty");

        int year = random(2060, 2099);
        String name = "Ngày nghỉ bù thử nghiệm " + suffix();
        page.getByLabel(DATE_LABEL).fill("31/02/" + year);
        page.getByLabel("Tên tiếng Việt").fill(name);
        exactButton("Lưu").click();
        assertThat(summary()).containsText("Ngày phải là ngày có thật");
        assertThat(page.getByLabel("Tên tiếng Việt")).hasValue(name);

        page.getByLabel(DATE_LABEL).fill("2/9/" + year);
        page.getByLabel("Tên tiếng Anh").fill("Test holiday");
        exactButton("Lưu").click();
        assertThat(page.locator(".resource-notice")).containsText("Đã thêm: " + name);
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row).containsText("02/09/" + year);
        check("holiday-added");
        List<String> days = as(ADMIN).get("/api/holidays/entered").then().statusCode(200).extract().path("day");
        assertThat(days).contains(year + "-09-02");

        // The days off of that year below the decisions: the entered one replaces the computed National Day.
        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(year));
        exactButton("Xem").click();
        Locator yearTable = page.locator("vt-holiday-year table");
        assertThat(yearTable.locator("caption")).hasText("Ngày nghỉ năm " + year);
        Locator decided = yearTable.locator("tr", new Locator.LocatorOptions().setHasText(name));
        assertThat(decided).containsText("Theo quyết định");
        assertThat(decided).containsText("Đã nhập");
        assertThat(yearTable.locator("tr", new Locator.LocatorOptions().setHasText("01/01/" + year)))
                .containsText("Tết Dương lịch");
        assertThat(yearTable.locator("tr", new Locator.LocatorOptions().setHasText("01/01/" + year)))
                .containsText("Tính theo luật");
        assertThat(yearTable.locator("tr", new Locator.LocatorOptions().setHasText("Giỗ Tổ Hùng Vương")).first()).containsText("Lễ âm lịch");
        check("holiday-year");
        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill("2200");
        exactButton("Xem").click();
        assertThat(summary()).containsText("Nhập năm gồm 4 chữ số, từ 1900 đến 2100");
        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(year));
        exactButton("Xem").click();

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xóa")).click();
        assertThat(page.locator(".delete-confirm")).containsText("Xóa " + name);
        assertThat(page.locator(".delete-confirm")).isFocused();
        check("holiday-delete-confirm");
        button("Có, xóa").click();
        assertThat(page.locator(".resource-notice")).containsText("Đã xóa");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(name))).hasCount(0);
        // ... and the year's list follows: the computed National Day is back.
        assertThat(page.locator("vt-holiday-year tr", new Page.LocatorOptions().setHasText("02/09/" + year)))
                .containsText("Quốc khánh");
    }

    @Test
    void anNgoIsAddedWithItsRegistrationCertificate() {
        signIn(ADMIN);
        openSection("Tổ chức phi chính phủ nước ngoài", "Tổ chức phi chính phủ nước ngoài");
        check("ngos");
        button("Thêm tổ chức").click();
        String nameVi = "Quỹ Hỗ trợ Cộng đồng Đông Nam Á " + suffix();
        page.getByLabel("Tên tiếng Việt").fill(nameVi);
        page.getByLabel("Tên gốc").fill("Southeast Asia Community Fund");
        page.getByLabel("Quốc gia").fill("de");
        page.getByLabel("Loại giấy đăng ký").selectOption("PROJECT_OFFICE");
        page.getByLabel("Số giấy đăng ký").fill("PO-123/BNG");
        page.getByLabel("Cơ quan cấp").fill("Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài");
        // the certificate ends before it starts, and the e-mail is not one: the API's rules say so at the fields
        page.getByLabel("Có hiệu lực từ").fill("01/03/2026");
        page.getByLabel("Có hiệu lực đến").fill("28/02/2026");
        page.getByLabel("Thư điện tử").fill("not-an-email");
        expectAnswer(400, "POST", "/api/ngos");
        exactButton("Lưu").click();
        assertThat(summary()).containsText("Có hiệu lực đến: Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.");
        assertThat(summary()).containsText("Thư điện tử: Phải là địa chỉ thư điện tử hợp lệ.");
        assertThat(page.locator("#ngos-certValidTo-error")).isVisible();
        assertThat(page.locator("#ngos-contactEmail-error")).isVisible();
        assertThat(page.getByLabel("Tên tiếng Việt")).hasValue(nameVi);
        check("ngo-errors");

        summary().getByText("Ngày hết hiệu lực phải sau ngày bắt đầu").click();
        assertThat(page.getByLabel("Có hiệu lực đến")).isFocused();
        page.getByLabel("Có hiệu lực đến").fill("28/02/2031");
        page.getByLabel("Thư điện tử").fill("vanphong@seacf.example.org");
        exactButton("Lưu").click();
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(nameVi));
        assertThat(row).containsText("Giấy đăng ký lập văn phòng dự án PO-123/BNG");
        assertThat(row).containsText("01/03/2026 – 28/02/2031");
        assertThat(row).containsText("DE");
        check("ngo-added");

        List<Map<String, Object>> ngos = as(ADMIN).get("/api/ngos").then().statusCode(200).extract().path("$");
        Map<String, Object> stored = ngos.stream().filter(n -> nameVi.equals(n.get("nameVi"))).findFirst().orElseThrow();
        assertThat(stored).containsEntry("certKind", "PROJECT_OFFICE").containsEntry("certValidFrom", "2026-03-01")
                .containsEntry("certValidTo", "2031-02-28").containsEntry("country", "DE")
                .containsEntry("contactEmail", "vanphong@seacf.example.org");
    }

    /** Typed composed or decomposed (NFD), a name comes back composed (NFC), the same words byte for byte. */
    @Test
    void aSectorKeepsItsVietnameseNameExactlyInEitherNormalForm() {
        signIn(ADMIN);
        String composed = "Nước sạch và vệ sinh môi trường nông thôn — ưu tiên đồng bào Khơ-me " + suffix();
        String decomposed = Normalizer.normalize("Phòng chống đuối nước trẻ em, hỗ trợ ở Tây Ninh " + suffix(), Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
        int n = 0;
        for (String typed : List.of(composed, decomposed)) {
            String name = Normalizer.normalize(typed, Normalizer.Form.NFC);
            String code = "TEST_" + suffix().toUpperCase() + n++;
            openSection("Lĩnh vực viện trợ", "Lĩnh vực viện trợ");
            button("Thêm lĩnh vực").click();
            page.locator("#sectors-code").fill(code);
            page.getByLabel("Mã CRS").fill("1403");
            page.getByLabel("Tên tiếng Việt").fill(typed);
            page.getByLabel("Tên tiếng Anh").fill("Test sector");
            expectAnswer(400, "POST", "/api/sectors");
            exactButton("Lưu").click();
            assertThat(page.locator("#sectors-crsCode-error")).containsText("gồm 5 chữ số");
            page.getByLabel("Mã CRS").fill("14030");
            exactButton("Lưu").click();
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(code));
            assertThat(row.locator("td").nth(2)).hasText(name);
            assertThat(bytesOf(code)).isEqualTo(name.getBytes(StandardCharsets.UTF_8));

            // through the edit form and back: still the same bytes
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sửa")).click();
            assertThat(page.getByLabel("Tên tiếng Việt")).hasValue(name);
            if (n == 1) {
                check("sector-edit");
            }
            page.getByLabel("Tên tiếng Anh").fill("Test sector, edited");
            exactButton("Lưu").click();
            assertThat(page.locator(".resource-notice")).containsText("Đã lưu thay đổi");
            assertThat(bytesOf(code)).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
        }
        check("sectors-added");
    }

    private static byte[] bytesOf(String sectorCode) {
        List<Map<String, Object>> sectors = as(ADMIN).get("/api/sectors").then().statusCode(200).extract().path("$");
        return sectors.stream().filter(s -> sectorCode.equals(s.get("code"))).map(s -> (String) s.get("nameVi"))
                .findFirst().orElseThrow().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aUserIsCreatedOnlyWhenTheApiAcceptsTheInput() {
        signIn(ADMIN);
        openSection("Người dùng", "Người dùng");
        check("users");
        button("Tạo người dùng").click();
        page.getByLabel("Tên đăng nhập").fill("Nguyễn Văn An");
        page.getByLabel("Họ và tên").fill("Nguyễn Văn An");
        page.getByLabel("Mật khẩu").fill("abc");
        page.getByLabel("Tiếp nhận hồ sơ").check();
        page.getByLabel("Cơ quan").selectOption("SNV");
        expectAnswer(400, "POST", "/api/users");
        exactButton("Lưu").click();
        assertThat(page.locator("#users-username-error")).containsText("chữ thường không dấu");
        // the limits come from the API's answer (values min and max), written into the Vietnamese sentence
        assertThat(page.locator("#users-password-error")).hasText("Phải dài từ 12 đến 200 ký tự; một cụm vài từ dễ nhớ hơn.");
        assertThat(summary()).containsText("Mật khẩu: Phải dài từ 12 đến 200 ký tự");
        assertThat(page.getByLabel("Họ và tên")).hasValue("Nguyễn Văn An");
        check("user-errors");

        String username = "an.nv" + suffix();
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("mat-khau-an-toan");
        exactButton("Lưu").click();
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(username));
        assertThat(row).containsText("Nguyễn Văn An");
        assertThat(row).containsText("Tiếp nhận hồ sơ");
        assertThat(row).containsText("SNV");
        assertThat(row).containsText("Đang hoạt động");
        check("user-added");
        io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("username", username, "password", "mat-khau-an-toan"))
                .post("/api/auth/token").then().statusCode(200);

        // lock the account and reset its password
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sửa")).click();
        assertThat(page.getByLabel("Tiếp nhận hồ sơ")).isChecked();
        page.getByLabel("Đang hoạt động").uncheck();
        page.getByLabel("Đặt lại mật khẩu").fill("short");
        expectAnswer(400, "PUT", "/api/users/\\d+");
        exactButton("Lưu").click();
        assertThat(page.locator("#users-newPassword-error")).containsText("Phải dài từ 12 đến 200 ký tự");
        check("user-edit-error");
        page.getByLabel("Đặt lại mật khẩu").fill("mat-khau-moi-2026");
        exactButton("Lưu").click();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(username))).containsText("Đã khóa");
        io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("username", username, "password", "mat-khau-moi-2026"))
                .post("/api/auth/token").then().statusCode(401);
    }

    @Test
    void anExchangeRateCsvWithABadLineImportsNothingThenAGoodOneImportsEveryLine() throws IOException {
        signIn(ADMIN);
        openSection("Tỷ giá", "Tỷ giá");
        int year = random(2060, 2099);
        String bad = "currency,date,unitsPerUsd,source\n"
                + "JPY," + year + "-03-02,151.25,Ngân hàng Nhà nước\n"
                + "XYZ," + year + "-03-03,12,Ngân hàng Nhà nước\n";
        page.getByLabel("Nội dung CSV").fill(bad);
        expectAnswer(400, "POST", "/api/exchange-rates/import");
        button("Nhập dữ liệu").click();
        Locator errors = page.locator("table.csv-errors");
        assertThat(errors.locator("tbody tr")).hasCount(1);
        assertThat(errors.locator("tbody tr").first().locator("td").first()).hasText("3");
        assertThat(errors.locator("tbody tr").first()).containsText("Loại tiền");
        assertThat(errors.locator("tbody tr").first()).containsText("Không nhận loại tiền XYZ; các loại tiền được nhận: AUD, CAD");
        assertThat(summary()).containsText("chưa nhập dòng nào");
        assertThat(page.getByLabel("Nội dung CSV")).hasValue(bad);
        check("rates-csv-errors");
        List<String> dates = as(ADMIN).queryParam("currency", "JPY").get("/api/exchange-rates").then().statusCode(200)
                .extract().path("date");
        assertThat(dates).doesNotContain(year + "-03-02");

        Path file = Files.createTempFile("ty-gia", ".csv");
        Files.writeString(file, "currency,date,unitsPerUsd,source\n"
                + "JPY," + year + "-03-02,151.25,Ngân hàng Nhà nước\n"
                + "EUR," + year + "-03-02,0.9125,\"Ngân hàng Nhà nước, tỷ giá tham khảo\"\n");
        page.getByLabel("Chọn tệp CSV").setInputFiles(file);
        assertThat(page.getByLabel("Nội dung CSV")).hasValue(java.util.regex.Pattern.compile("EUR," + year));
        button("Nhập dữ liệu").click();
        assertThat(page.locator(".csv-result")).containsText("Đã nhập 2 dòng");
        assertThat(page.locator("table.csv-errors")).hasCount(0);
        Locator rows = page.locator("table.resource-table tbody tr")
                .filter(new Locator.FilterOptions().setHasText("03/" + year));
        assertThat(rows).hasCount(2);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("JPY"))).containsText("151,25");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("EUR"))).containsText("0,9125");
        check("rates-csv-imported");

        // one rate by hand, then deleted
        button("Thêm tỷ giá").click();
        page.getByLabel("Loại tiền").fill("krw");
        page.getByLabel("Áp dụng từ ngày").fill("04/03/" + year);
        page.getByLabel("Số đơn vị đổi 1 USD").fill("1.380,5");
        page.getByLabel("Nguồn").fill("Ngân hàng Nhà nước");
        exactButton("Lưu").click();
        assertThat(page.locator(".resource-notice")).containsText("Đã thêm: KRW 04/03/" + year);
        Map<String, Object> krw = as(ADMIN).queryParam("currency", "KRW").get("/api/exchange-rates").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.date == '" + year + "-03-04' }");
        assertThat(((Number) krw.get("unitsPerUsd")).doubleValue()).isEqualTo(1380.5);
    }

    @Test
    void aPopulationCsvIsImported() {
        signIn(ADMIN);
        openSection("Dân số", "Dân số");
        int year = random(2101, 2199);
        page.getByLabel("Nội dung CSV").fill("unitCode,year,population,source\n"
                + "TN-GODAU," + year + ",123456,Số liệu thử nghiệm\n"
                + "KHONG-CO," + year + ",12.5,Số liệu thử nghiệm\n");
        expectAnswer(400, "POST", "/api/population/import");
        button("Nhập dữ liệu").click();
        Locator errors = page.locator("table.csv-errors tbody tr");
        assertThat(errors).hasCount(2);
        assertThat(errors.first()).containsText("KHONG-CO");
        assertThat(errors.nth(1)).containsText("Phải là số nguyên lớn hơn 0.");

        page.getByLabel("Nội dung CSV").fill("unitCode,year,population,source\n"
                + "TN-GODAU," + year + ",123456,Số liệu thử nghiệm\n"
                + "TN-BENCAU," + year + ",98765,Số liệu thử nghiệm\n");
        button("Nhập dữ liệu").click();
        assertThat(page.locator(".csv-result")).containsText("Đã nhập 2 dòng");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("Xã Gò Dầu (TN-GODAU)"))
                .filter(new Locator.FilterOptions().setHasText(String.valueOf(year)));
        assertThat(row).containsText("123.456");
        check("population-imported");
        List<Integer> people = as(ADMIN).queryParam("year", year).get("/api/population").then().statusCode(200)
                .extract().path("population");
        assertThat(people).containsExactlyInAnyOrder(123456, 98765);
    }

    @Test
    void aBrokenExcelImportIsExplainedBySheetRowAndColumn() throws IOException {
        signIn(ADMIN);
        openSection("Nhập dự án trước đây từ Excel", "Nhập dự án trước đây từ Excel");
        Download template = page.waitForDownload(() -> button("Tải mẫu Excel").click());
        assertThat(template.suggestedFilename()).isEqualTo("mau-nhap-du-an.xlsx");
        check("import");

        button("Nhập dữ liệu").click();
        assertThat(summary()).containsText("Chọn tệp Excel đã điền");

        byte[] bytes = Files.readAllBytes(template.path());
        Path broken = Files.createTempFile("du-an-loi", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet projects = wb.getSheet("Du an - Projects");
            Row row = projects.createRow(1);
            String[] cells = {"P1", "Dự án cũ thử nghiệm " + suffix(), "", "DU_AN", "Plan International", "UBND xã Gò Dầu",
                    "HEALTH:100", "TN-GODAU", "2020-02-30", "2021-12-31", "50000", "USD", "12/QĐ-UBND", "2020-01-15", ""};
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
            }
            Row entry = wb.getSheet("Giai ngan - Disbursements").createRow(3);
            entry.createCell(0).setCellValue("P9");
            entry.createCell(1).setCellValue("2020-06-01");
            entry.createCell(2).setCellValue("một nghìn");
            entry.createCell(3).setCellValue("USD");
            wb.write(out);
            Files.write(broken, out.toByteArray());
        }
        page.getByLabel("Tệp Excel đã điền").setInputFiles(broken);
        expectAnswer(400, "POST", "/api/import");
        button("Nhập dữ liệu").click();
        Locator rows = page.locator("table.excel-errors tbody tr");
        assertThat(summary()).containsText("chưa nhập dòng nào");
        Locator kind = rows.filter(new Locator.FilterOptions().setHasText("(kind)"));
        assertThat(kind).containsText("Du an - Projects");
        assertThat(kind.locator("td").nth(1)).hasText("2");
        // in the reader's language, from each cell's code and values, not the API's English
        assertThat(kind).containsText("Phải là một trong các giá trị: PROGRAMME, PROJECT, NON_PROJECT");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("(plannedStart)"))).containsText("Không phải là ngày hợp lệ");
        Locator amount = rows.filter(new Locator.FilterOptions().setHasText("(amount)"));
        assertThat(amount).containsText("Giai ngan - Disbursements");
        assertThat(amount.locator("td").nth(1)).hasText("4");
        assertThat(amount).containsText("Không phải là số.");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("(projectRef)"))).containsText("Không có dòng dự án nào mã P9");
        assertThat(page.locator("table.excel-errors")).not().containsText(java.util.regex.Pattern.compile("is not|no project|not a"));
        check("import-errors");
    }

    @Test
    void aNationalFigureIsAddedAndEdited() {
        signIn(ADMIN);
        openSection("Số liệu toàn quốc", "Số liệu toàn quốc");
        int year = random(2101, 2199);
        button("Thêm năm").click();
        page.getByLabel("Năm").fill(String.valueOf(year));
        page.getByLabel("Dân số cả nước (người)").fill("101.000.000");
        page.getByLabel("Viện trợ PCPNN cả nước (USD)").fill("262.100.000");
        page.getByLabel("Nguồn").fill("Số liệu thử nghiệm");
        exactButton("Lưu").click();
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(String.valueOf(year)));
        assertThat(row).containsText("101.000.000");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sửa")).click();
        assertThat(page.getByLabel("Năm")).hasCount(0);
        assertThat(page.getByLabel("Dân số cả nước (người)")).hasValue("101.000.000");
        page.getByLabel("Dân số cả nước (người)").fill("một trăm triệu");
        exactButton("Lưu").click();
        assertThat(summary()).containsText("Dân số cả nước (người) phải là một số");
        check("national-figure-error");
        page.getByLabel("Dân số cả nước (người)").fill("100.300.000");
        page.getByLabel("Nguồn").fill("Tổng cục Thống kê, ước tính");
        exactButton("Lưu").click();
        assertThat(page.locator(".resource-notice")).containsText("Đã lưu thay đổi: " + year);
        assertThat(row).containsText("100.300.000");
        assertThat(row).containsText("262.100.000");
        check("national-figure-edited");
        Map<String, Object> stored = as(ADMIN).get("/api/national-figures").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.year == " + year + " }");
        assertThat(((Number) stored.get("population")).longValue()).isEqualTo(100_300_000L);
        assertThat(stored).containsEntry("source", "Tổng cục Thống kê, ước tính");
    }

    @Test
    void anOfficerOpeningAdministrationIsNotAllowed() {
        signIn(OFFICER);
        open("/admin");
        assertThat(heading()).hasText("Bạn không có quyền xem trang này");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản trị").setExact(true))).hasCount(0);
        check("officer-forbidden");
        open("/admin/users");
        assertThat(heading()).hasText("Bạn không có quyền xem trang này");
    }

    @Test
    void administrationWorksOnAPhone() {
        context.close();
        context = browser().newContext(viewport(390, 844));
        page = context.newPage();
        watch(page);
        signIn(ADMIN);
        open("/admin/org-units");
        assertThat(heading()).hasText("Cơ quan và vai trò trong quy trình");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("SNV"))).containsText("Tiếp nhận hồ sơ");
        check("phone-org-units");
        page.locator("tr", new Page.LocatorOptions().setHasText("UBND"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sửa")).click();
        assertThat(page.getByLabel("Phê duyệt")).isChecked();
        assertThat(page.getByLabel("Có hiệu lực từ")).hasValue(java.util.regex.Pattern.compile("\\d{2}/\\d{2}/\\d{4}"));
        check("phone-org-unit-edit");
        exactButton("Hủy").click();
        open("/admin/admin-units");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("TN-GODAU"))).containsText("01/07/2025 – nay");
        check("phone-admin-units");
    }
}
