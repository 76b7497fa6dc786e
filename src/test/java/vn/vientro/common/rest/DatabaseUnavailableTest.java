package vn.vientro.common.rest;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures count as "the database cannot be reached" (503) and which stay errors of their own. */
class DatabaseUnavailableTest {

    private static boolean unavailable(Throwable e) {
        return DatabaseUnavailable.isDatabaseUnavailable(e);
    }

    @Test
    void thePoolGivingUpOnAConnection() {
        // Agroal's own exceptions are plain SQLExceptions, known by their message
        assertThat(unavailable(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(unavailable(new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))).isTrue();
        assertThat(unavailable(new SQLException("Exception while creating new connection",
                new SQLException("database \"x\" is not currently accepting connections", "55000")))).isTrue();
        assertThat(unavailable(new SQLTransientConnectionException("pool exhausted"))).isTrue();
    }

    @Test
    void theServerRefusingGoneOrRestarting() {
        assertThat(unavailable(new SQLException("Connection to localhost:5432 refused", "08001"))).isTrue();
        assertThat(unavailable(new SQLException("An I/O error occurred while sending to the backend", "08006"))).isTrue();
        assertThat(unavailable(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(unavailable(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(unavailable(new SQLException("sorry, too many clients already", "53300"))).isTrue();
        assertThat(unavailable(new SQLException("FATAL: database \"vientro\" is not currently accepting connections", "55000"))).isTrue();
    }

    @Test
    void throughEveryLayerThatWrapsIt() {
        SQLException refused = new SQLException("Connection refused", "08001");
        assertThat(unavailable(new JDBCConnectionException("could not prepare statement", refused))).isTrue();
        assertThat(unavailable(new PersistenceException(new JDBCConnectionException("x", refused)))).isTrue();
        // the engine wraps MyBatis, which wraps the driver
        assertThat(unavailable(new ProcessEngineException("Could not open connection",
                new org.apache.ibatis.exceptions.PersistenceException(new SQLException("Sorry, acquisition timeout!"))))).isTrue();
        assertThat(unavailable(new QuarkusTransactionException(new RuntimeException("commit failed", refused)))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertThat(unavailable(new ConstraintViolationException("duplicate", new SQLException("duplicate key", "23505"), "uq"))).isFalse();
        assertThat(unavailable(new PersistenceException(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(unavailable(new SQLException("canceling statement due to user request", "57014"))).isFalse();
        assertThat(unavailable(new SQLException("deadlock detected", "40P01"))).isFalse();
        assertThat(unavailable(new SQLException("currval of sequence \"s\" is not yet defined in this session", "55000"))).isFalse();
        assertThat(unavailable(new OptimisticLockingException("stale"))).isFalse();
        assertThat(unavailable(new ProcessEngineException("Unknown property used in expression"))).isFalse();
        assertThat(unavailable(new IllegalStateException("Sorry, acquisition timeout!"))).isFalse();   // not from JDBC
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(unavailable(a)).isFalse();
    }
}
