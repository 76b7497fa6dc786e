package vn.vientro.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Starts every test run on an empty PostgreSQL database (the engine's schema and ours), so results
 * never depend on an earlier run. Demo data is then loaded by the application itself.
 */
@QuarkusTestResource(TestDatabase.class)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    /** The test database's name ({@code PGDATABASE}). */
    public static String name() {
        return env("PGDATABASE", "test");
    }

    /**
     * A connection of its own to the database {@code database} of the test server, outside the application's
     * pool: what another node of the cluster, or an operator, would use.
     */
    public static Connection connect(String database) throws SQLException {
        String url = "jdbc:postgresql://" + env("PGHOST", "localhost") + ":" + env("PGPORT", "5432") + "/" + database;
        return DriverManager.getConnection(url, env("PGUSER", "postgres"), System.getenv("PGPASSWORD"));
    }

    @Override
    public Map<String, String> start() {
        try (var connection = connect(name());
             var statement = connection.createStatement()) {
            statement.execute("drop schema if exists vientro cascade");
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot reset the test database " + name(), e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
