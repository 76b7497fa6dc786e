package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import vn.vientro.support.ProcessVersions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * A changed law is a new process version: a proposal already running finishes on the version it started with,
 * while a proposal submitted afterwards follows the new one. Here the new rules drop the consultation of the
 * agencies. Both proposals run to their end; the shipped model is then deployed again (see {@link ProcessVersions}).
 */
@QuarkusTest
class ProcessVersionTest {

    @Inject
    RepositoryService repository;

    /** The shipped model, except that a complete dossier goes straight to the appraisal: nobody is consulted. */
    private static String withoutConsultation() {
        String xml = ProcessVersions.shipped();
        xml = ProcessVersions.replaceOnce(xml, ">${consult}</bpmn:conditionExpression>", ">${false}</bpmn:conditionExpression>");
        return ProcessVersions.replaceOnce(xml, ">${!consult}</bpmn:conditionExpression>", ">${true}</bpmn:conditionExpression>");
    }

    @Test
    void aRunningProposalFinishesOnTheVersionItStartedWith() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long before = submitted("PROJECT", "Trước khi đổi quy trình " + suffix);
        JsonPath oldDiagram = diagram(before);

        long after;
        ProcessDefinition newRules = ProcessVersions.deploy(repository, "test: no consultation", withoutConsultation());
        try {
            assertThat(newRules.getVersion()).isGreaterThan(oldDiagram.getInt("version"));
            after = submitted("PROJECT", "Sau khi đổi quy trình " + suffix);
            assertThat(diagram(after).getString("processDefinitionId")).isEqualTo(newRules.getId());

            // The same step, completed the same way, leads on along each proposal's own version.
            complete(before, "checkDossier", APPRAISER, "complete", Map.of());
            complete(after, "checkDossier", APPRAISER, "complete", Map.of());
            assertThat(status(before)).isEqualTo("CONSULTING");
            assertThat(status(after)).isEqualTo("APPRAISING");

            complete(before, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA")));
            complete(before, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
            for (long id : List.of(before, after)) {
                complete(id, "appraiseProposal", APPRAISER, "recommendRejection", Map.of("appraisalSummary", "Chưa đạt."));
                complete(id, "approveProposal", APPROVER, "reject", Map.of("rejectionReason", "Chưa đủ điều kiện."));
                assertThat(status(id)).isEqualTo("REJECTED");
            }
        } finally {
            ProcessVersions.restoreShipped(repository);
        }

        // Each finished proposal still shows the process it ran on, with the steps it took.
        JsonPath finishedBefore = diagram(before);
        assertThat(finishedBefore.getString("processDefinitionId")).isEqualTo(oldDiagram.getString("processDefinitionId"));
        assertThat(finishedBefore.getList("activeActivityIds")).isEmpty();
        assertThat(finishedBefore.<String>getList("completedActivityIds")).contains("collectOpinions", "giveOpinion", "proposalRejected");
        JsonPath finishedAfter = diagram(after);
        assertThat(finishedAfter.getString("processDefinitionId")).isEqualTo(newRules.getId());
        assertThat(finishedAfter.getList("activeActivityIds")).isEmpty();
        assertThat(finishedAfter.<String>getList("completedActivityIds")).contains("appraiseProposal", "proposalRejected")
                .doesNotContain("collectOpinions", "giveOpinion");
        assertThat(ProcessVersions.latestIsShipped(repository)).as("proposals submitted from now on, by any test, "
                + "follow the shipped model again").isTrue();
    }

    private static JsonPath diagram(long id) {
        return as(ADMIN).get("/api/proposals/" + id + "/diagram").then().statusCode(200).extract().jsonPath();
    }
}
