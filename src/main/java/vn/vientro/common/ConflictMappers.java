package vn.vientro.common;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Concurrent writers lose with 409, never 500: a stale row version on our side, or the engine's own
 * optimistic lock when two people complete or claim the same task at once.
 */
public class ConflictMappers {

    @ServerExceptionMapper
    public Response engineConflict(OptimisticLockingException e) {
        return conflict("Someone else changed this task at the same time; reload and try again.");
    }

    @ServerExceptionMapper
    public Response alreadyClaimed(TaskAlreadyClaimedException e) {
        return conflict("The task is already claimed by someone else.");
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleRow(Exception e) {
        return conflict("The record was changed by someone else; reload it and apply your change again.");
    }

    /** A duplicate code, or deleting reference data that proposals still use. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        return conflict("This conflicts with existing data: a duplicate code, or a record that others still refer to.");
    }

    /** A version clash found only at commit arrives wrapped; anything else stays an unexpected error. */
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
        return unexpected(e, uri);
    }

    /** A checked commit failure thrown through a CDI interceptor arrives wrapped once more. */
    @ServerExceptionMapper
    public Response wrappedCommit(io.quarkus.arc.ArcUndeclaredThrowableException e, UriInfo uri) {
        return e.getCause() instanceof jakarta.transaction.RollbackException rollback ? failedCommit(rollback, uri)
                : unexpected(e, uri);
    }

    /** A 500 like any other unexpected error: logged with its cause and given its code, through the post-processing. */
    private static Response unexpected(Throwable e, UriInfo uri) {
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(
                HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR), ProblemContext.of(e, uri)).toResponse();
    }

    private static Response conflict(String detail) {
        return Problems.conflict(detail).toResponse();
    }
}
