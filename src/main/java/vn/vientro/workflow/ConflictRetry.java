package vn.vientro.workflow;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.OptimisticLockingException;
import vn.vientro.common.domain.Causes;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a {@link RetriedOnConflict} method again when its transaction lost a race with a concurrent one: the
 * engine's {@link OptimisticLockingException} (another transaction changed the same execution first) or a
 * PostgreSQL deadlock or serialization failure. The failed attempt was rolled back as a whole, so running it
 * again is what the person would have done by hand; the next attempt reads the state the winner committed, and
 * refuses (e.g. "already completed") if the winner made the request pointless. Placed outside the transaction
 * interceptor (lower priority number), and never retries inside a caller's transaction, which is already lost.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetry {

    static final int ATTEMPTS = 4;
    /** deadlock_detected, serialization_failure */
    private static final Set<String> RETRYABLE_STATES = Set.of("40P01", "40001");

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        boolean own = transactions.getStatus() == Status.STATUS_NO_TRANSACTION;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (!own || attempt == ATTEMPTS || !lostRace(e)) {
                    throw e;
                }
                // a short random pause, longer each time, so two losers do not collide again
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
            }
        }
    }

    static boolean lostRace(Throwable e) {
        return Causes.any(e, cause -> cause instanceof OptimisticLockingException
                || cause instanceof SQLException sql && RETRYABLE_STATES.contains(sql.getSQLState()));
    }
}
