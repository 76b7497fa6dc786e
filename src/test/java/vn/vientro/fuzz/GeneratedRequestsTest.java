package vn.vientro.fuzz;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

/**
 * Requests generated from the OpenAPI document, valid and mutated, as every role and none: no 5xx, every 4xx
 * problem+json without Java internals, every documented operation brought to a 2xx at least once, the fuzzer's own
 * data prepared without a hitch, and the service healthy afterwards. A smaller run than docs/reliability.sh's
 * 10,000; {@code -Dfuzz.seed=N -Dfuzz.requests=N} repeat or widen it (the seed is printed).
 */
@QuarkusTest
@TestProfile(GeneratedRequestsTest.OwnDatabase.class)
class GeneratedRequestsTest {

    /**
     * Its own application start, so its own freshly loaded database: the run adds reference data, users, rates and
     * proposals that other tests must not see.
     */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of();
        }
    }

    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 1200);

    @TestHTTPResource("/")
    URI base;

    @Test
    void generatedRequestsNeverGetA5xxNorAnAnswerThatIsNotAProblem() {
        System.out.println("GeneratedRequestsTest: -Dfuzz.seed=" + SEED + " -Dfuzz.requests=" + REQUESTS);
        Fuzzer.Report report = new Fuzzer(base, SEED).run(REQUESTS);
        System.out.println(report.summary());
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(report.setupProblems()).as("what the fuzzer could not learn or prepare").isEmpty();
            soft.assertThat(report.failures()).as("failures of seed %d", SEED).isEmpty();
            soft.assertThat(report.healthyAfter()).as("ready and serving after the run").isTrue();
            // else its requests test only the refusals in front of it: teach the generator to reach it
            soft.assertThat(report.without2xx()).as("documented operations no generated request of seed %d brought to a 2xx", SEED)
                    .isEmpty();
        });
    }
}
