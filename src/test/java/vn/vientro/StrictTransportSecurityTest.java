package vn.vientro;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.vientro.support.Api.*;

/** Served over HTTPS (production's default), every response tells browsers to keep to HTTPS. */
@QuarkusTest
@TestProfile(StrictTransportSecurityTest.Https.class)
class StrictTransportSecurityTest {

    public static class Https implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vientro.http.strict-transport-security", "max-age=63072000; includeSubDomains");
        }
    }

    @Test
    void everyResponseCarriesTheConfiguredPolicy() {
        for (String path : new String[]{"/", "/q/health/live", "/no-such-page"}) {
            given().get(path).then().header("Strict-Transport-Security", equalTo("max-age=63072000; includeSubDomains"));
        }
        as(OFFICER).get("/api/proposals").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=63072000; includeSubDomains"));
    }
}
