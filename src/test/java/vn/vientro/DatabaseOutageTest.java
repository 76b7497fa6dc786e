package vn.vientro;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.vientro.common.CacheSettings;
import vn.vientro.support.TestDatabase;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The database becomes unreachable under the running service and comes back. Only the test's own database is
 * closed (connections refused, existing ones terminated), so the shared PostgreSQL and other people's databases
 * are untouched: to this service it looks like its database server going away. Requests during the outage fail
 * fast with 503 problem+json, readiness goes DOWN, and both recover without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    CacheSettings cache;

    /** acquisition-timeout (3 s) plus a margin for the request itself. */
    private static final Duration FAST = Duration.ofSeconds(6);

    private static void allowConnections(boolean allow) throws Exception {
        try (Connection admin = TestDatabase.connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("alter database \"" + TestDatabase.name() + "\" allow_connections " + allow);
            if (!allow) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + TestDatabase.name()
                        + "' and pid <> pg_backend_pid()");
            }
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Test
    void requestsFailFastWith503AndReadinessFollowsTheDatabase() throws Exception {
        String token = token(OFFICER);
        given().auth().oauth2(token).get("/api/proposals").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        var draft = proposal("PROJECT", "Đề xuất gửi khi mất cơ sở dữ liệu");

        allowConnections(false);
        try {
            long start = System.nanoTime();
            Response during = given().auth().oauth2(token).get("/api/proposals");
            long failedAfter = millisSince(start);
            System.out.printf("outage: GET /api/proposals answered %d after %d ms%n", during.statusCode(), failedAfter);
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.contentType()).startsWith("application/problem+json");
            assertThat(during.jsonPath().getString("code")).isEqualTo("database-unavailable");
            assertThat(during.header("Retry-After")).isEqualTo("5");
            assertThat(failedAfter).isLessThan(FAST.toMillis());

            // A write fails the same way, and so does a request whose token must be checked against its account.
            start = System.nanoTime();
            Response write = as(OFFICER).body(draft).post("/api/proposals");
            System.out.printf("outage: POST /api/proposals answered %d after %d ms%n", write.statusCode(), millisSince(start));
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.jsonPath().getString("code")).isEqualTo("database-unavailable");

            start = System.nanoTime();
            Response ready = given().get("/q/health/ready");
            System.out.printf("outage: readiness answered %d after %d ms%n", ready.statusCode(), millisSince(start));
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.jsonPath().getString("status")).isEqualTo("DOWN");
            assertThat(millisSince(start)).isLessThan(2 * FAST.toMillis());

            // Once the account cache's version is due for a check, the token itself cannot be checked: 503 too, not 500.
            Thread.sleep(cache.checkInterval().toMillis() + 100);
            start = System.nanoTime();
            Response unchecked = given().auth().oauth2(token).get("/api/proposals");
            System.out.printf("outage: request needing the account check answered %d after %d ms%n", unchecked.statusCode(),
                    millisSince(start));
            assertThat(unchecked.statusCode()).isEqualTo(503);
            assertThat(unchecked.contentType()).startsWith("application/problem+json");
            assertThat(unchecked.jsonPath().getString("code")).isEqualTo("database-unavailable");
        } finally {
            allowConnections(true);
        }

        long back = System.nanoTime();
        int status;
        do {
            status = given().get("/q/health/ready").statusCode();
        } while (status != 200 && millisSince(back) < 30_000);
        System.out.printf("recovery: readiness UP %d ms after the database accepted connections again%n", millisSince(back));
        assertThat(status).isEqualTo(200);
        given().auth().oauth2(token).get("/api/proposals").then().statusCode(200);
        long id = createDraft(proposal("PROJECT", "Đề xuất sau khi cơ sở dữ liệu trở lại"));
        as(OFFICER).post("/api/proposals/" + id + "/submit").then().statusCode(200);
    }
}
