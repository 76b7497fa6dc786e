package vn.vientro.task;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * Two agencies answering the same consultation at the same moment both succeed: their completions touch the
 * engine's shared multi-instance execution, so one of them loses the engine's optimistic lock and is run again
 * by the service (ConflictRetry) instead of being answered 409 for a change the person could not have seen.
 * Found by docs/reliability.sh, whose clients answer the two opinions at once on two nodes.
 */
@QuarkusTest
class ConcurrentCompletionTest {

    @Test
    void twoAgenciesAnsweringAtOnceBothSucceed() throws Exception {
        String tag = "Ý kiến đồng thời " + UUID.randomUUID().toString().substring(0, 8);
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = submitted("PROJECT", tag + " " + i);
            complete(id, "checkDossier", APPRAISER, "complete", Map.of());
            complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA", "SYT")));
            proposals.add(id);
        }
        List<Integer> answers = new ArrayList<>();
        for (long id : proposals) {
            String police = task(id, "giveOpinion", CONSULTEE_POLICE);
            String health = task(id, "giveOpinion", CONSULTEE_HEALTH);
            CyclicBarrier together = new CyclicBarrier(2);
            var first = CompletableFuture.supplyAsync(() -> answerAt(together, police, CONSULTEE_POLICE));
            var second = CompletableFuture.supplyAsync(() -> answerAt(together, health, CONSULTEE_HEALTH));
            answers.add(first.get());
            answers.add(second.get());
            assertThat(status(id)).as("both opinions in, the proposal moves to appraisal").isEqualTo("APPRAISING");
        }
        assertThat(answers).as("every agency's answer accepted").containsOnly(204);
    }

    private static int answerAt(CyclicBarrier together, String taskId, String user) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return completeTask(taskId, user, "agree", Map.of()).statusCode();
    }
}
