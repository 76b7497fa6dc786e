package vn.vientro.workflow;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures ConflictRetry runs again: lost races only, however deeply wrapped; never a rule's refusal. */
class ConflictRetryTest {

    @Test
    void lostRacesAreRetried() {
        assertThat(ConflictRetry.lostRace(new OptimisticLockingException("execution changed"))).isTrue();
        assertThat(ConflictRetry.lostRace(new IllegalStateException(new RuntimeException(
                new OptimisticLockingException("at commit"))))).isTrue();
        assertThat(ConflictRetry.lostRace(new RuntimeException(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(ConflictRetry.lostRace(new RuntimeException(new SQLException("could not serialize", "40001")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ConflictRetry.lostRace(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(ConflictRetry.lostRace(new IllegalStateException("task already completed"))).isFalse();
        assertThat(ConflictRetry.lostRace(vn.vientro.common.domain.DomainException.conflict(
                vn.vientro.common.domain.ProblemCode.TASK_COMPLETED, "Task t is already completed")))
                .isFalse();
    }
}
