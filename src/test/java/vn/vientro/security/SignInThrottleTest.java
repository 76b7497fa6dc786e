package vn.vientro.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vientro.audit.domain.AuditEntry;
import vn.vientro.security.service.SignInThrottle;
import vn.vientro.support.Fixtures;
import vn.vientro.support.TestClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * Repeated failed sign-ins wait, per account at an address, per address and per account; the answers never tell
 * whether a username exists. Each test has its own accounts and addresses (X-Forwarded-For: the test profile
 * trusts one proxy) and a fixed clock, so nothing here slows another test's sign-ins.
 */
@QuarkusTest
class SignInThrottleTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    @Inject
    TestClock clock;

    @Inject
    SignInSettings settings;

    @Inject
    SignInThrottle throttle;

    @BeforeEach
    void fixClock() {
        clock.set(Instant.parse("2031-05-06T02:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A fresh account with password {@code PASSWORD}. */
    private static String account() {
        String username = "thu.dangnhap." + RUN + "." + NEXT.incrementAndGet();
        Fixtures.user(username, "leadership", "UBND", "");
        return username;
    }

    /** An address of a documentation range (RFC 5737), unused by any other test (the database is new each run). */
    private static String address() {
        int n = NEXT.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static Response signIn(String username, String password, String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", password)).post("/api/auth/token");
    }

    private static void failTimes(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            signIn(username, "mat-khau-sai", address).then().statusCode(401);
        }
    }

    private static void waits(Response response, int seconds) {
        response.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", String.valueOf(seconds));
        assertThat(response.jsonPath().getString("code")).isEqualTo("too-many-requests");
        assertThat(response.jsonPath().getLong("retryAfter")).isEqualTo(seconds);
    }

    @Test
    void afterFiveFailuresEachAttemptWaitsLongerAndThenTheRightPasswordWorks() {
        String user = account();
        String here = address();
        failTimes(5, user, here);
        waits(signIn(user, PASSWORD, here), 1);
        clock.advance(Duration.ofSeconds(1));
        signIn(user, "mat-khau-sai", here).then().statusCode(401);
        waits(signIn(user, PASSWORD, here), 2);
        clock.advance(Duration.ofSeconds(2));
        signIn(user, "mat-khau-sai", here).then().statusCode(401);
        waits(signIn(user, "mat-khau-sai", here), 4);
        clock.advance(Duration.ofSeconds(4));
        signIn(user, PASSWORD, here).then().statusCode(200);
        // The success cleared the account's count: five more failures before the next wait.
        failTimes(4, user, here);
        signIn(user, PASSWORD, here).then().statusCode(200);
    }

    @Test
    void theWaitIsBoundedAndForgottenAfterTheWindow() {
        String user = account();
        String here = address();
        failTimes(5, user, here);
        for (int wait : new int[]{1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300}) {
            waits(signIn(user, "mat-khau-sai", here), wait);
            clock.advance(Duration.ofSeconds(wait));
            signIn(user, "mat-khau-sai", here).then().statusCode(401);
        }
        waits(signIn(user, PASSWORD, here), 300);
        clock.advance(Duration.ofMinutes(16));
        signIn(user, "mat-khau-sai", here).then().statusCode(401);
        signIn(user, PASSWORD, here).then().statusCode(200);
    }

    @Test
    void anUnknownUsernameGetsExactlyTheAnswersOfAWrongPassword() {
        String known = account();
        String unknown = "khong.co.ai." + RUN + "." + NEXT.incrementAndGet();
        String first = address();
        String second = address();
        for (int i = 0; i < 6; i++) {
            Response wrong = signIn(known, "mat-khau-sai", first);
            Response nobody = signIn(unknown, "mat-khau-sai", second);
            assertThat(nobody.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(i < 5 ? 401 : 429);
            assertThat(nobody.contentType()).isEqualTo(wrong.contentType());
            assertThat(nobody.header("Retry-After")).isEqualTo(wrong.header("Retry-After"));
            assertThat(nobody.jsonPath().getMap("$")).isEqualTo(wrong.jsonPath().getMap("$"));
        }
    }

    @Test
    void anAttackerAtOneAddressDoesNotStopTheUserAtAnother() {
        String user = account();
        String attacker = address();
        failTimes(5, user, attacker);
        waits(signIn(user, PASSWORD, attacker), 1);
        signIn(user, PASSWORD, address()).then().statusCode(200);
        // The user's success does not reset the attacker's wait at its own address.
        waits(signIn(user, "mat-khau-sai", attacker), 1);
    }

    @Test
    void manyUsernamesFromOneAddressWait() {
        String sprayer = address();
        for (int i = 0; i < settings.addressFailures(); i++) {
            signIn("khong.co.ai." + RUN + "." + NEXT.incrementAndGet(), "123456", sprayer).then().statusCode(401);
        }
        String user = account();
        waits(signIn(user, PASSWORD, sprayer), 1);
        signIn(user, PASSWORD, address()).then().statusCode(200);
    }

    @Test
    void oneAccountAttackedFromManyAddressesWaitsEverywhere() {
        String user = account();
        // five failures from each address until the account's limit over all addresses (20 in the test profile)
        for (int i = 0; i < settings.accountFailuresAllAddresses() / 5; i++) {
            failTimes(5, user, address());
        }
        waits(signIn(user, PASSWORD, address()), 1);
        clock.advance(Duration.ofSeconds(1));
        signIn(user, PASSWORD, address()).then().statusCode(200);
    }

    @Test
    void failuresAtTheSameMomentAreAllCounted() throws Exception {
        String user = account();
        String here = address();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> signIn(user, "mat-khau-sai", here).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            // Each either counted (401) or already made to wait by those counted before it (429); never lost or 500.
            assertThat(statuses).allMatch(status -> status == 401 || status == 429);
            long counted = statuses.stream().filter(status -> status == 401).count();
            assertThat(counted).isGreaterThanOrEqualTo(5);
            waits(signIn(user, PASSWORD, here), 1 << (counted - 5));
        } finally {
            pool.shutdown();
        }
    }

    /**
     * An attempt whose wait was checked before another attempt's failure was counted still counts on from that
     * failure: three failures, then two more overlapping (the second counted while the first is between its check and
     * its count) make five, so the right password waits.
     */
    @Test
    void aFailureCountedWhileAnotherAttemptIsCheckedIsNotLost() {
        String user = account();
        String here = address();
        failTimes(3, user, here);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(throttle.waitFor(user, here)).isEmpty();
            QuarkusTransaction.requiringNew().run(() -> throttle.failed(user, here, "wrong-password"));
            throttle.failed(user, here, "wrong-password");
        });
        waits(signIn(user, PASSWORD, here), 1);
    }

    @Test
    void failuresAndTheFirstRefusalOfEachWaitAreAudited() {
        String user = account();
        String here = address();
        failTimes(5, user, here);
        waits(signIn(user, PASSWORD, here), 1);
        waits(signIn(user, PASSWORD, here), 1);
        List<AuditEntry> trail = QuarkusTransaction.requiringNew().call(() ->
                AuditEntry.<AuditEntry>list("actor = ?1 order by id", user));
        assertThat(trail).extracting(e -> e.action).containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_DELAYED");
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.proposalId).isNull();
            assertThat(e.details).contains("\"address\":\"" + here + "\"");
            assertThat(e.hash).matches("[0-9a-f]{64}");
        });
        assertThat(trail.get(0).details).contains("\"reason\":\"wrong-password\"");
        assertThat(trail.get(5).details).contains("\"limit\":\"account-at-address\"", "\"retryAfterSeconds\":1");
        assertThat(as(ADMIN).get("/api/admin/audit/verify").then().statusCode(200).extract().jsonPath().getBoolean("ok")).isTrue();
    }
}
