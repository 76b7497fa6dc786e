package vn.vientro.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The one rule for typed and pasted numbers (app/lib/number.js), run in Chromium: Vietnamese grouping and decimal
 * comma, numbers pasted the English way, spaces, and what is not a number; then the rule at work on the proposal
 * form and the ledger, where a number is shown back in the reader's format after saving.
 */
@QuarkusTest
class NumberInputJourneyTest extends BrowserTest {

    /** Typed text and the number it means, written by hand ("null": empty; "NaN": not a number by the rule). */
    private static final Map<String, String> READ = new LinkedHashMap<>();

    static {
        READ.put("12.000", "12000");
        READ.put("12000", "12000");
        READ.put("12,000", "12000");
        READ.put("10,000", "10000");
        READ.put("250.000,50", "250000.5");
        READ.put("250,000.50", "250000.5");
        READ.put("1.250.000", "1250000");
        READ.put("1,250,000", "1250000");
        READ.put(" 1 250 000,75 ", "1250000.75");
        READ.put("12,5", "12.5");
        READ.put("12.5", "12.5");
        READ.put("0,125", "0.125");
        READ.put("0.500", "0.5");
        READ.put("1234,567", "1234.567");
        READ.put("1.234", "1234");
        READ.put("1,2340", "1.234");
        READ.put("", "null");
        READ.put("   ", "null");
        READ.put("12.00.000", "NaN");
        READ.put("1.2.3", "NaN");
        READ.put("12,000,50", "NaN");
        READ.put("250.000,50,1", "NaN");
        READ.put("12.", "NaN");
        READ.put("-5", "NaN");
        READ.put("12a", "NaN");
        READ.put("mười hai", "NaN");
    }

    private static final String PARSE = """
            async (cases) => {
              const m = await import('/app/lib/number.js');
              return cases.map((c) => { const v = m.parseNumber(c); return v === null ? 'null' : String(v); });
            }""";

    private static final String SHOW = """
            async ([language, cases]) => {
              await (await import('/app/lib/i18n.js')).setLanguage(language);
              const m = await import('/app/lib/number.js');
              return cases.map((c) => m.formatTyped(c));
            }""";

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Locator label(String text) {
        return Labels.labelled(page, text);
    }

    @Test
    void theRuleReadsWhatPeopleTypeAndPasteAndShowsItBackInTheReadersFormat() {
        page.navigate(url("/#/sign-in"));
        assertThat(heading()).hasText("Đăng nhập");
        @SuppressWarnings("unchecked")
        List<String> read = (List<String>) page.evaluate(PARSE, new ArrayList<>(READ.keySet()));
        assertThat(read).containsExactlyElementsOf(READ.values());

        List<String> typed = List.of("250,000.50", "12000", "12,5", "1,2340", "1 250 000", "không phải số");
        assertThat(page.evaluate(SHOW, List.of("vi", typed)))
                .isEqualTo(List.of("250.000,50", "12.000", "12,5", "1,2340", "1.250.000", "không phải số"));
        assertThat(page.evaluate(SHOW, List.of("en", typed)))
                .isEqualTo(List.of("250,000.50", "12,000", "12.5", "1.2340", "1,250,000", "không phải số"));
    }

    @Test
    void theProposalFormKeepsTheNumbersAsTypedAndTheLedgerTakesAPastedAmount() {
        String title = "Số nhập theo một quy tắc " + UUID.randomUUID().toString().substring(0, 6);
        long id = createDraft(proposal("PROJECT", title));
        signIn(OFFICER);
        open("/proposals/" + id + "/edit");
        assertThat(heading()).hasText("Sửa đề xuất viện trợ");

        // Typed the Vietnamese way, and pasted from an English spreadsheet: shown back the Vietnamese way on leaving.
        label("Số người hưởng lợi").fill("12.000");
        label("Giá trị cam kết").fill("250,000.50");
        label("Vốn đối ứng (VND)").fill("10,000");
        label("Mô tả").click();
        assertThat(label("Số người hưởng lợi")).hasValue("12.000");
        assertThat(label("Giá trị cam kết")).hasValue("250.000,50");
        assertThat(label("Vốn đối ứng (VND)")).hasValue("10.000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu dự thảo")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã lưu thay đổi"))).isVisible();
        var stored = proposalOf(id);
        assertThat(stored.getInt("beneficiaries")).isEqualTo(12000);
        assertThat(stored.getDouble("committedAmount")).isEqualTo(250000.5);
        assertThat(stored.getDouble("counterpartFundsVnd")).isEqualTo(10000);

        page.reload();
        assertThat(label("Số người hưởng lợi")).hasValue("12.000");
        assertThat(label("Giá trị cam kết")).hasValue("250.000,50");
        check("numbers-vi");
        page.getByTestId("language-switch").click();
        page.reload();
        assertThat(label("Number of beneficiaries")).hasValue("12,000");
        assertThat(label("Committed amount")).hasValue("250,000.50");
        check("numbers-en");
        page.getByTestId("language-switch").click();

        // The ledger reads the same rule: 10,000 pasted is ten thousand, not ten.
        String project = "Sổ giải ngân nhận số dán " + UUID.randomUUID().toString().substring(0, 6);
        long projectId = approvedProject(proposal("PROJECT", project), today().toString());
        open("/projects/" + projectId);
        assertThat(heading()).hasText(project);
        label("Ngày giải ngân").fill(today().format(DMY));
        label("Số tiền").fill("10,000");
        label("Loại tiền").selectOption("USD");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã ghi nhận giải ngân")))
                .containsText("10.000 USD");
        List<Number> amounts = as(OFFICER).get("/api/projects/" + projectId + "/disbursements").then().statusCode(200)
                .extract().path("entries.amount");
        assertThat(amounts).singleElement().satisfies(a -> assertThat(a.doubleValue()).isEqualTo(10000));
        check("ledger-pasted");
    }
}
