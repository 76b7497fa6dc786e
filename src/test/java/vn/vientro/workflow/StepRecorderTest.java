package vn.vientro.workflow;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start-up copy of the engine's earlier steps: retried after another node's copy, otherwise stopping the start. */
class StepRecorderTest {

    private static PersistenceException failure(String message, String sqlState) {
        return new PersistenceException("could not execute statement", new SQLException(message, sqlState));
    }

    private static PersistenceException duplicate() {
        return failure("duplicate key value violates unique constraint \"process_step_pkey\"", "23505");
    }

    @Test
    void aCopyThatLostTheRaceToAnotherNodeIsTriedAgainAndFindsTheRowsThere() {
        AtomicInteger attempts = new AtomicInteger();
        int copied = StepRecorder.untilDone(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw duplicate();
            }
            return 0;   // the table is no longer empty: nothing left to copy
        });
        assertThat(copied).isZero();
        assertThat(attempts).hasValue(2);
    }

    @Test
    void anyOtherFailureStopsTheStartWithItsReason() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> StepRecorder.untilDone(() -> {
            attempts.incrementAndGet();
            throw failure("relation \"act_hi_actinst\" does not exist", "42P01");
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("Could not copy the process steps the engine recorded before V11 into process_step (attempt 1 of 3): "
                        + "relation \"act_hi_actinst\" does not exist. The timelines of earlier proposals need them: fix the cause "
                        + "and start again");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aConflictThatKeepsComingBackStopsTheStartAfterThreeAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> StepRecorder.untilDone(() -> {
            attempts.incrementAndGet();
            throw duplicate();
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("(attempt 3 of 3)");
        assertThat(attempts).hasValue(3);
    }
}
