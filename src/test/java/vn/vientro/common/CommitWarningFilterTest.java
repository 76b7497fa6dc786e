package vn.vientro.common;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the pool's false commit warning is dropped, however it is formatted; every other record passes. */
class CommitWarningFilterTest {

    private static LogRecord record(String message, Object... parameters) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setParameters(parameters);
        return record;
    }

    @Test
    void dropsTheCommitWarningAndNothingElse() {
        var filter = new CommitWarningFilter();
        assertThat(filter.isLoggable(record("Datasource '%s': %s", "<default>", "Closing open connection(s) prior to commit"))).isFalse();
        assertThat(filter.isLoggable(record("Datasource '<default>': Closing open connection(s) prior to commit"))).isFalse();
        assertThat(filter.isLoggable(record("Datasource '%s': %s", "<default>", "Connection leak detected"))).isTrue();
        assertThat(filter.isLoggable(record("Unable to acquire JDBC Connection"))).isTrue();
        assertThat(filter.isLoggable(record(null))).isTrue();
    }
}
