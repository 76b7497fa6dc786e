package vn.vientro.common.rest;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.vientro.common.domain.Causes;
import vn.vientro.common.domain.ProblemCode;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * While the database cannot be reached (restarted, failed over, the network gone), requests fail at once with
 * 503 {@code database-unavailable} and {@code Retry-After} instead of hanging or answering 500: the pool gives up
 * after {@code quarkus.datasource.jdbc.acquisition-timeout}, and whichever layer the failure passes through
 * (JDBC, Agroal, Hibernate, the engine, a transaction) it is recognised here by its cause. Anything else stays
 * the usual 500.
 */
public class DatabaseUnavailable {

    /** Seconds: a restart of PostgreSQL takes a few. */
    static final int RETRY_AFTER = 5;

    /** What Agroal (2.8) says when it cannot hand out a connection: timed out, or could not open one. */
    private static final Set<String> POOL_FAILURES = Set.of("Sorry, acquisition timeout!",
            "Acquisition timeout while waiting for new connection", "Exception while creating new connection");

    @ServerExceptionMapper({PersistenceException.class, ProcessEngineException.class, QuarkusTransactionException.class})
    public Response map(RuntimeException e, UriInfo uri) {
        return problem(e, uri);
    }

    /** 503 when the cause is the database being unreachable, otherwise the default 500. */
    public static Response problem(Throwable e, UriInfo uri) {
        HttpProblem problem = isDatabaseUnavailable(e) ? HttpProblem.builder().withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Service Unavailable").withDetail("The database cannot be reached at the moment; try again shortly.")
                .withHeader("Retry-After", RETRY_AFTER).with("code", ProblemCode.DATABASE_UNAVAILABLE.id()).build()
                : HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR);
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(e, uri)).toResponse();
    }

    /**
     * Whether anything in the cause chain says the database could not be reached: the JDBC connection exceptions,
     * Hibernate's, an SQL state of class 08 (connection exception), 57P01–57P03 (the server shutting down, crashed
     * or starting up), 53300 (no connection slot left), the database closed to connections by an operator
     * ({@code allow_connections false}, as for maintenance), or the pool failing to hand out a connection.
     */
    public static boolean isDatabaseUnavailable(Throwable e) {
        return Causes.any(e, cause -> cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                || cause instanceof JDBCConnectionException
                || cause instanceof SQLException sql && (unreachableState(sql.getSQLState())
                        || POOL_FAILURES.contains(sql.getMessage()) || closedDatabase(sql)));
    }

    private static boolean unreachableState(String state) {
        return state != null && (state.startsWith("08") || Set.of("57P01", "57P02", "57P03", "53300").contains(state));
    }

    /** 55000 is a broad state ("object not in prerequisite state"): only its refusal of new connections counts. */
    private static boolean closedDatabase(SQLException e) {
        return "55000".equals(e.getSQLState()) && e.getMessage() != null
                && e.getMessage().contains("is not currently accepting connections");
    }
}
