package vn.vientro.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import vn.vientro.support.ProcessVersions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * "A new outcome added to a step in the BPMN appears on the task page with no change to the pages": a new
 * version of the proposal process gives the appraisal an extra outcome with its own fields, and the task page
 * offers it, asks for its fields and completes it. The proposal then runs to its end on that version, and the
 * shipped model is deployed again so that no other test follows the new one (see {@link ProcessVersions}).
 */
@QuarkusTest
class NewOutcomeVersionTest extends BrowserTest {

    @Inject
    RepositoryService repository;

    /** The shipped model with an "ask the donor" outcome on appraiseProposal, and a flow back to the appraisal. */
    private static String modelWithNewOutcome() {
        String anchor = "<camunda:property name=\"fields:returnForRevision\" value=\"revisionRequest:text\"/>";
        String gatewayFlows = "<bpmn:sequenceFlow id=\"returnedForRevision\"";
        String xml = ProcessVersions.replaceOnce(ProcessVersions.shipped(), anchor, anchor
                + "<camunda:property name=\"outcome:askDonor\" value=\"Hỏi thêm nhà tài trợ | Ask the donor\"/>"
                + "<camunda:property name=\"fields:askDonor\" value=\"donorQuestion:text(500), answerExpectedBy:date?\"/>");
        xml = ProcessVersions.replaceOnce(xml, "${appraiseProposalOutcome != 'returnForRevision'}",
                "${appraiseProposalOutcome == 'recommendApproval' || appraiseProposalOutcome == 'recommendRejection'}");
        return ProcessVersions.replaceOnce(xml, gatewayFlows, "<bpmn:sequenceFlow id=\"askedDonor\" name=\"Hỏi nhà tài trợ\" "
                + "sourceRef=\"recommendationGateway\" targetRef=\"appraiseProposal\"><bpmn:conditionExpression "
                + "xsi:type=\"bpmn:tFormalExpression\">${appraiseProposalOutcome == 'askDonor'}</bpmn:conditionExpression>"
                + "</bpmn:sequenceFlow>" + gatewayFlows);
    }

    @Test
    void aNewOutcomeAndItsFieldsAppearOnTheTaskPage() {
        ProcessDefinition withNewOutcome = ProcessVersions.deploy(repository, "test: ask the donor", modelWithNewOutcome());
        long id;
        try {
            String title = "Hỏi nhà tài trợ " + UUID.randomUUID().toString().substring(0, 8);
            id = submitted("PROJECT", title);
            complete(id, "checkDossier", APPRAISER, "complete", Map.of());
            complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
            complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());

            signIn(APPRAISER);
            open("/inbox?q=" + title.replace(" ", "%20"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Thẩm định đề xuất\\s*:"))).click();
            assertThat(heading()).hasText("Thẩm định đề xuất");
            assertThat(page.getByRole(AriaRole.RADIO)).hasCount(4);
            page.getByLabel("Hỏi thêm nhà tài trợ").check();
            // No message key for the new fields: their names, made readable; the limit and the type from the BPMN.
            assertThat(page.getByLabel("Donor question")).isVisible();
            assertThat(page.getByLabel("Donor question")).hasAttribute("maxlength", "500");
            assertThat(page.getByText("Tối đa 500 ký tự.")).isVisible();
            assertThat(page.getByLabel("Answer expected by (không bắt buộc)")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn thành công việc")).click();
            assertThat(page.locator("#field-donorQuestion-error")).hasText("Chưa nhập «Donor question»");
            check("new-outcome");

            page.getByLabel("Donor question").fill("Nhà tài trợ có cam kết vốn cho năm thứ hai không?");
            page.getByLabel("Answer expected by (không bắt buộc)").fill("30/12/2030");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn thành công việc")).click();
            assertThat(heading()).hasText("Hộp công việc");
            assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Hỏi thêm nhà tài trợ"))).isVisible();
            // The new flow took the proposal back to the appraisal; from there it runs to its end on this version.
            assertThat(task(id, "appraiseProposal", APPRAISER)).isNotBlank();
            assertThat(status(id)).isEqualTo("APPRAISING");
            complete(id, "appraiseProposal", APPRAISER, "recommendRejection", Map.of("appraisalSummary", "Nhà tài trợ chưa cam kết."));
            complete(id, "approveProposal", APPROVER, "reject", Map.of("rejectionReason", "Chưa có cam kết vốn."));
            assertThat(status(id)).isEqualTo("REJECTED");
        } finally {
            ProcessVersions.restoreShipped(repository);
        }
        // The proposal keeps the version it ran on, which is never deleted.
        as(ADMIN).get("/api/proposals/" + id + "/diagram").then().statusCode(200)
                .body("processDefinitionId", org.hamcrest.Matchers.equalTo(withNewOutcome.getId()));
        assertThat(ProcessVersions.latestIsShipped(repository)).as("proposals submitted from now on, by any test, "
                + "follow the shipped model again").isTrue();
    }
}
