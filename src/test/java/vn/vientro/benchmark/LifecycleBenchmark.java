package vn.vientro.benchmark;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import vn.vientro.proposal.service.ProposalInput;
import vn.vientro.proposal.service.ProposalService;
import vn.vientro.security.Actor;
import vn.vientro.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * Not part of the normal suite (surefire excludes *Benchmark): run by docs/benchmark.sh, which also
 * measures start-up and idle memory of the packaged service. Writes its figures to
 * target/benchmark.properties.
 */
@QuarkusTest
class LifecycleBenchmark {

    private static final int LIFECYCLES = Integer.getInteger("bench.lifecycles", 200);
    private static final int OPEN_TASKS = Integer.getInteger("bench.openTasks", 10_000);
    private static final int INBOX_QUERIES = Integer.getInteger("bench.inboxQueries", 300);

    @Inject
    ProcessEngine engine;

    @Inject
    ProposalService proposals;

    @Inject
    jakarta.persistence.EntityManager em;

    private static final Actor OFFICER_ACTOR = new Actor(OFFICER, Set.of(Roles.OFFICER), "SNV");

    private ProposalInput input(String title) {
        return new ProposalInput(vn.vientro.proposal.domain.AidKind.EMERGENCY_RELIEF, title, "Benchmark",
                ngoId("Plan International"), "Ủy ban nhân dân xã Gò Dầu",
                List.of(new ProposalInput.SectorShareInput("DISASTER", new BigDecimal("100"))), List.of("TN-GODAU"),
                LocalDate.now(), LocalDate.now().plusMonths(3), new BigDecimal("25000"), "USD", BigDecimal.ZERO, 100,
                null, null);
    }

    // A lean client (JDK HttpClient, keep-alive), so the figure is the server's, not RestAssured's.
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    private JsonNode send(String user, String method, String path, Object body, int expected) {
        try {
            var request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token(user))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                throw new AssertionError(method + " " + path + " -> " + response.statusCode() + " " + new String(response.body()));
            }
            return response.body().length == 0 ? null : json.readTree(response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void restStep(long id, String key, String user, String outcome, Map<String, Object> fields) {
        String task = send(user, "GET", "/api/tasks?proposalId=" + id + "&key=" + key, null, 200)
                .path("items").path(0).path("id").asText();
        send(user, "POST", "/api/tasks/" + task + "/complete", Map.of("outcome", outcome, "fields", fields), 204);
    }

    /** submit, check, appraise, approve: all through HTTP with JWT, each step found in the inbox first. */
    private void restLifecycle(int i) {
        Map<String, Object> body = proposal("EMERGENCY_RELIEF", "REST " + i);
        body.put("sectors", List.of(Map.of("code", "DISASTER", "share", 100)));
        long id = send(OFFICER, "POST", "/api/proposals?submit=true", body, 201).path("id").asLong();
        restStep(id, "checkDossier", APPRAISER, "complete", Map.of());
        restStep(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt"));
        restStep(id, "approveProposal", APPROVER, "approve", approval());
    }

    /** The same lifecycle in-process: the service creates and submits, the engine's Java API completes the tasks. */
    private void engineLifecycle(int i) {
        long id = proposals.createAndSubmit(input("ENGINE " + i), OFFICER_ACTOR).id();
        var tasks = engine.getTaskService();
        String key = String.valueOf(id);
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult().getId(),
                Map.of("checkDossierOutcome", "complete"));
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult().getId(),
                Map.of("appraiseProposalOutcome", "recommendApproval", "appraisalSummary", "Đạt"));
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult().getId(),
                Map.of("approveProposalOutcome", "approve", "decisionNumber", "1/QĐ", "decisionDate",
                        LocalDate.now().toString(), "decisionSigner", "Chủ tịch"));
    }

    @Test
    void measure() throws IOException {
        token(OFFICER);
        token(APPRAISER);
        token(APPROVER);
        for (int i = 0; i < 30; i++) { // warm-up for both paths
            restLifecycle(-i);
            engineLifecycle(-i);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < LIFECYCLES; i++) {
            restLifecycle(i);
        }
        double restPerSecond = LIFECYCLES / ((System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        for (int i = 0; i < LIFECYCLES; i++) {
            engineLifecycle(i);
        }
        double enginePerSecond = LIFECYCLES / ((System.nanoTime() - t0) / 1e9);

        // 10,000 open checkDossier tasks for the appraiser's inbox, started in batches.
        long seedStart = System.nanoTime();
        for (int batch = 0; batch < OPEN_TASKS / 100; batch++) {
            int b = batch;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 100; i++) {
                    proposals.createAndSubmit(input("Mở " + b + "-" + i), OFFICER_ACTOR);
                }
            });
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        // A production database is analysed by autovacuum; tables that grew from empty in minutes are not yet.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze").executeUpdate());
        long open = engine.getTaskService().createTaskQuery().taskDefinitionKey("checkDossier").count();
        assertThat(open).isGreaterThanOrEqualTo(OPEN_TASKS);

        long[] micros = new long[INBOX_QUERIES];
        for (int i = 0; i < 50; i++) {
            inbox(i);
        }
        for (int i = 0; i < INBOX_QUERIES; i++) {
            long s = System.nanoTime();
            inbox(i);
            micros[i] = (System.nanoTime() - s) / 1000;
        }
        Arrays.sort(micros);
        double p50 = micros[INBOX_QUERIES / 2] / 1000.0;
        double p99 = micros[(int) Math.ceil(INBOX_QUERIES * 0.99) - 1] / 1000.0;

        String out = String.format(Locale.ROOT, "lifecycles=%d%nrestPerSecond=%.1f%nenginePerSecond=%.1f%nratio=%.2f%n"
                        + "openTasks=%d%nseedSeconds=%.1f%ninboxQueries=%d%ninboxP50Ms=%.1f%ninboxP99Ms=%.1f%n",
                LIFECYCLES, restPerSecond, enginePerSecond, restPerSecond / enginePerSecond, open, seedSeconds,
                INBOX_QUERIES, p50, p99);
        Files.writeString(Path.of("target/benchmark.properties"), out);
        System.out.println("BENCHMARK\n" + out);
    }

    /** One page of the appraiser's inbox, sorted by due date, as a user opens it (pages 1 to 5). */
    private void inbox(int i) {
        send(APPRAISER, "GET", "/api/tasks?size=20&page=" + (i % 5), null, 200);
    }
}
