package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * A changed law is a new process version: a proposal already running finishes on the version it started with,
 * while a proposal submitted afterwards follows the new one. The version is removed afterwards.
 */
@QuarkusTest
class ProcessVersionTest {

    @Inject
    RepositoryService repository;

    private static String renamedCheckStep() throws IOException {
        String xml;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("bpmn/aid-proposal.bpmn")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String old = "<camunda:property name=\"nameEn\" value=\"Check the dossier\"/>";
        assertThat(xml).contains(old);
        return xml.replace(old, "<camunda:property name=\"nameEn\" value=\"Check the dossier (new rules)\"/>");
    }

    @Test
    void aRunningProposalFinishesOnTheVersionItStartedWith() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long before = submitted("PROJECT", "Trước khi đổi quy trình " + suffix);
        int startedOn = proposalDiagramVersion(before);

        String deployment = repository.createDeployment().name("test: new rules")
                .addString("aid-proposal.bpmn", renamedCheckStep()).deploy().getId();
        try {
            long after = submitted("PROJECT", "Sau khi đổi quy trình " + suffix);
            assertThat(proposalDiagramVersion(after)).isGreaterThan(startedOn);

            String oldTask = task(before, "checkDossier", APPRAISER);
            String newTask = task(after, "checkDossier", APPRAISER);
            as(APPRAISER).get("/api/tasks/" + oldTask).then().statusCode(200)
                    .body("nameEn", org.hamcrest.Matchers.equalTo("Check the dossier"));
            as(APPRAISER).get("/api/tasks/" + newTask).then().statusCode(200)
                    .body("nameEn", org.hamcrest.Matchers.equalTo("Check the dossier (new rules)"));

            // The older proposal goes on along its own version.
            complete(before, "checkDossier", APPRAISER, "complete", Map.of());
            assertThat(status(before)).isEqualTo("CONSULTING");
            assertThat(proposalDiagramVersion(before)).isEqualTo(startedOn);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private static int proposalDiagramVersion(long id) {
        return as(ADMIN).get("/api/proposals/" + id + "/diagram").then().statusCode(200).extract().path("version");
    }
}
