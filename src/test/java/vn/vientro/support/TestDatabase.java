package vn.vientro.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.DriverManager;
import java.util.Map;

/**
 * Starts every test run on an empty PostgreSQL database (the engine's schema and ours), so results
 * never depend on an earlier run. Demo data is then loaded by the application itself.
 */
@QuarkusTestResource(TestDatabase.class)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String url = "jdbc:postgresql://" + env("PGHOST", "localhost") + ":" + env("PGPORT", "5432") + "/"
                + env("PGDATABASE", "test");
        try (var connection = DriverManager.getConnection(url, env("PGUSER", "postgres"), System.getenv("PGPASSWORD"));
             var statement = connection.createStatement()) {
            statement.execute("drop schema if exists vientro cascade");
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot reset the test database at " + url, e);
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
