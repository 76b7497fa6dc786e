package vn.vientro.security.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private static Duration after(int failures) {
        return Backoff.delay(failures, 5, Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    @Test
    void noWaitBelowTheLimitThenDoublingUpToTheLongest() {
        assertThat(after(4)).isZero();
        assertThat(after(5)).hasSeconds(1);
        assertThat(after(6)).hasSeconds(2);
        assertThat(after(13)).hasSeconds(256);
        assertThat(after(14)).hasMinutes(5);
        assertThat(after(1_000_000)).hasMinutes(5);
    }
}
