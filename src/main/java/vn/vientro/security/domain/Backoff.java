package vn.vientro.security.domain;

import java.time.Duration;

/** The wait after a number of failures: none below the limit, then doubling from the first delay up to the longest. */
public final class Backoff {

    private Backoff() {
    }

    public static Duration delay(int failures, int limit, Duration first, Duration longest) {
        if (failures < limit) {
            return Duration.ZERO;
        }
        int doublings = failures - limit;
        if (doublings >= 30) {
            return longest;
        }
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
