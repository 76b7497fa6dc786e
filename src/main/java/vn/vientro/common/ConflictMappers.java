package vn.vientro.common;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.common.rest.DatabaseUnavailable;

/**
 * Concurrent writers lose with 409, never 500: a stale row version on our side, or the engine's own
 * optimistic lock when two people complete or claim the same task at once.
 */
public class ConflictMappers {

    @ServerExceptionMapper
    public Response engineConflict(OptimisticLockingException e) {
        return conflict(ProblemCode.CONCURRENT_CHANGE, "Someone else changed this task at the same time; reload and try again.");
    }

    @ServerExceptionMapper
    public Response alreadyClaimed(TaskAlreadyClaimedException e) {
        return conflict(ProblemCode.TASK_CLAIMED, "The task is already claimed by " + e.getTaskAssignee() + ".",
                e.getTaskAssignee());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleRow(Exception e) {
        return conflict(ProblemCode.STALE_VERSION, "The record was changed by someone else; reload it and apply your change again.");
    }

    /** A duplicate code, or deleting reference data that proposals still use. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        return conflict(ProblemCode.DUPLICATE_OR_IN_USE,
                "This conflicts with existing data: a duplicate code, or a record that others still refer to.");
    }

    /** A version clash found only at commit arrives wrapped; anything else stays an unexpected error (or an outage). */
    @ServerExceptionMapper
    public Response failedCommit(jakarta.transaction.RollbackException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException
                    || cause instanceof OptimisticLockingException) {
                return staleRow(e);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return constraint(violation);
            }
        }
        return DatabaseUnavailable.problem(e, uri);
    }

    /** A checked commit failure thrown through a CDI interceptor arrives wrapped once more. */
    @ServerExceptionMapper
    public Response wrappedCommit(io.quarkus.arc.ArcUndeclaredThrowableException e, UriInfo uri) {
        return e.getCause() instanceof jakarta.transaction.RollbackException rollback ? failedCommit(rollback, uri)
                : DatabaseUnavailable.problem(e, uri);
    }

    private static Response conflict(ProblemCode code, String detail, Object... values) {
        return Problems.conflict(code, detail, values).toResponse();
    }
}
