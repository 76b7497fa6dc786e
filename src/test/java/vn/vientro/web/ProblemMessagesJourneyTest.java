package vn.vientro.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * A problem the API refuses is said in the reader's language from its code, with its values written the reader's way:
 * the decision date before the submission, as the issue saw it ("máy chủ không chấp nhận giá trị này (cannot be
 * before 2026-12-08, …)"), now reads as one Vietnamese sentence with the date dd/mm/yyyy, and in English likewise.
 */
@QuarkusTest
class ProblemMessagesJourneyTest extends BrowserTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aDecisionDateBeforeTheSubmissionIsRefusedInTheReadersLanguage() {
        long id = submitted("PROJECT", "Ngày quyết định trước ngày trình " + UUID.randomUUID().toString().substring(0, 6));
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt"));
        LocalDate submittedDay = today().minusDays(10);
        submittedOn(id, submittedDay);
        String task = task(id, "approveProposal", APPROVER);

        signIn(APPROVER);
        open("/tasks/" + task);
        assertThat(heading()).hasText("Phê duyệt đề xuất");
        page.getByLabel("Phê duyệt", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Số quyết định").fill("77/QĐ-UBND");
        page.getByLabel("Ngày quyết định").fill(submittedDay.minusDays(1).format(DMY));
        page.getByLabel("Người ký quyết định").fill("Chủ tịch UBND tỉnh");
        expectAnswer(400, "POST", "/api/tasks/" + task + "/complete");
        page.getByRole(AriaRole.BUTTON, named("Hoàn thành công việc")).click();
        Locator main = page.locator("main");
        assertThat(main).containsText("Ngày quyết định: Không được trước ngày trình quyết định (" + submittedDay.format(DMY) + ").");
        assertThat(main).not().containsText("cannot be");
        assertThat(main).not().containsText(submittedDay.toString());
        check("decision-before-submission-vi");

        page.getByTestId("language-switch").click();
        expectAnswer(400, "POST", "/api/tasks/" + task + "/complete");
        page.getByRole(AriaRole.BUTTON, named("Complete task")).click();
        assertThat(main).containsText("Decision date: Must not be before the day it was submitted for decision ("
                + submittedDay.format(DMY) + ").");
        check("decision-before-submission-en");
        page.getByTestId("language-switch").click();
        org.assertj.core.api.Assertions.assertThat(status(id)).isEqualTo("AWAITING_APPROVAL");
    }
}
