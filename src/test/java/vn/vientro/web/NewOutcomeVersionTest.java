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
 * offers it, asks for its fields and completes it. And a field a new version adds to a step is shown, with the label
 * that version declares, wherever the step's record is shown: the next step's task page, the proposal page and the
 * API. Each proposal then runs to its end on its version, and the shipped model is deployed again so that no other
 * test follows the new one (see {@link ProcessVersions}).
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

    @Test
    void aFieldANewVersionAddsIsShownWithItsLabelWhereverTheStepIsShown() {
        String anchor = "<camunda:property name=\"fields:disagree\" value=\"reasons:text\"/>";
        ProcessVersions.deploy(repository, "test: remarks with an agreement", ProcessVersions.replaceOnce(
                ProcessVersions.shipped(), anchor, anchor + "<camunda:property name=\"fields:agree\" value=\"remarks:text(500)?\"/>"
                        + "<camunda:property name=\"label:remarks\" value=\"Lưu ý của cơ quan | The agency's remarks\"/>"));
        try {
            String title = "Lưu ý khi đồng ý " + UUID.randomUUID().toString().substring(0, 8);
            long id = submitted("PROJECT", title);
            complete(id, "checkDossier", APPRAISER, "complete", Map.of());
            complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
            complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of("remarks", "Phối hợp với công an xã khi thi công."));

            List<Map<String, Object>> fields = as(OFFICER).get("/api/proposals/" + id + "/records").then().statusCode(200)
                    .extract().path("find { it.stepKey == 'giveOpinion' }.fields");
            assertThat(fields).singleElement().satisfies(f -> assertThat(f).containsEntry("labelVi", "Lưu ý của cơ quan")
                    .containsEntry("labelEn", "The agency's remarks").containsEntry("value", "Phối hợp với công an xã khi thi công."));

            signIn(APPRAISER);
            open("/tasks/" + task(id, "appraiseProposal", APPRAISER));
            assertThat(heading()).hasText("Thẩm định đề xuất");
            assertThat(page.getByTestId("task-earlier").getByTestId("record-field"))
                    .hasText(Pattern.compile("Lưu ý của cơ quan\\s*Phối hợp với công an xã khi thi công\\."));
            check("new-field-task");
            open("/proposals/" + id);
            assertThat(page.getByTestId("opinion").getByTestId("record-field"))
                    .hasText(Pattern.compile("Lưu ý của cơ quan\\s*Phối hợp với công an xã khi thi công\\."));
            page.getByTestId("language-switch").click();
            assertThat(page.locator("section[aria-labelledby=records-heading]").getByTestId("record-field")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("remarks")))
                    .hasText(Pattern.compile("The agency's remarks\\s*Phối hợp với công an xã khi thi công\\."));
            check("new-field-proposal-en");
            // The proposal runs to its end on this version.
            complete(id, "appraiseProposal", APPRAISER, "recommendRejection", Map.of("appraisalSummary", "Chưa đủ điều kiện."));
            complete(id, "approveProposal", APPROVER, "reject", Map.of("rejectionReason", "Chưa đủ điều kiện."));
            assertThat(status(id)).isEqualTo("REJECTED");
        } finally {
            ProcessVersions.restoreShipped(repository);
        }
        assertThat(ProcessVersions.latestIsShipped(repository)).isTrue();
    }
}
