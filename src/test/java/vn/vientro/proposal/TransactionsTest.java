package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import vn.vientro.support.Fixtures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.vientro.support.Api.*;

/** The proposal row and the process state commit or roll back together, and concurrent answers do not both win. */
@QuarkusTest
class TransactionsTest {

    @Inject
    ProcessEngine engine;

    private long proposalsNamed(String title) {
        return ((Number) as(ADMIN).queryParam("q", title).get("/api/proposals").then().statusCode(200)
                .extract().path("total")).longValue();
    }

    @Test
    void aFailureAfterTheRowIsWrittenLeavesNeitherRowNorProcess() {
        String title = "Đề xuất thất bại " + FailAfterSubmit.MARKER;
        as(OFFICER).body(proposal("PROJECT", title)).post("/api/proposals?submit=true").then().statusCode(500);
        assertThat(proposalsNamed(FailAfterSubmit.MARKER)).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("title", title).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().variableValueEquals("title", title).count()).isZero();

        // Submitting an existing draft that fails the same way leaves the draft untouched.
        long id = createDraft(proposal("PROJECT", title));
        as(OFFICER).post("/api/proposals/" + id + "/submit").then().statusCode(500);
        as(OFFICER).get("/api/proposals/" + id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("submittedAt", equalTo(null));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
        assertThat(as(OFFICER).get("/api/proposals/" + id + "/timeline").then().extract().<List<String>>path("type"))
                .containsExactly("CREATED");
    }

    @Test
    void twoClientsCompletingTheSameTaskAtOnceExactlyOneWins() throws Exception {
        Fixtures.user("thamdinh3.stc", "appraiser", "STC", "appraiser,consultee");
        token("thamdinh3.stc");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = submitted("PROJECT", "Đề xuất tranh chấp " + round);
                String check = task(id, "checkDossier", APPRAISER);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
                List<Future<?>> done = new ArrayList<>();
                for (String user : List.of(APPRAISER, "thamdinh3.stc")) {
                    done.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        statuses.add(completeTask(check, user, "complete", Map.of()).statusCode());
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(204, 409);
                assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                        .taskDefinitionKey("collectOpinions").count()).isEqualTo(1);
                List<String> audit = as(ADMIN).get("/api/proposals/" + id + "/timeline").then().extract()
                        .path("findAll { it.activityId == 'checkDossier' && it.type == 'userTask' }.outcome");
                assertThat(audit).containsExactly("complete");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
