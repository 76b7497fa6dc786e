package vn.vientro;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * What operators rely on: readiness with the engine, Prometheus metrics. The OpenAPI document is checked against
 * every resource method in {@link OpenApiTest}.
 */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabaseAndTheEngine() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Workflow engine"))
                .body("checks.find { it.name == 'Workflow engine' }.data.aidProposal", greaterThanOrEqualTo(1))
                .body("checks.find { it.name == 'Workflow engine' }.data.projectAmendment", greaterThanOrEqualTo(1));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/api/auth/me").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }
}
