package vn.vientro;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vientro.common.CacheSettings;
import vn.vientro.security.AuthSettings;
import vn.vientro.support.Fixtures;
import vn.vientro.support.TestDatabase;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * A second node on the same database changes what this node caches. The other node is played honestly: its
 * transaction is committed through a connection of its own, writing what {@code ReferenceStore} or
 * {@code UserService} write on a node (the row and the cache version), and this node is then asked through HTTP.
 * <p>
 * Each test first has the other node change the row without bumping the cache version (coherence switched off for
 * that change) and shows this node keeping the stale value for longer than the documented bound; then the other
 * node bumps the version, and the fresh value is used here within the bound plus {@link #MARGIN}. So the check
 * would fail if this node did not cache at all, and if the version check did not work.
 */
@QuarkusTest
class CacheCoherenceTest {

    /** README, "Several nodes": a change made on one node is used by every node within 1 s. */
    private static final Duration DOCUMENTED_BOUND = Duration.ofSeconds(1);
    /** Room for one request's time after the check interval on a busy 2-core machine. */
    private static final Duration MARGIN = Duration.ofMillis(500);
    /** How long to wait for a fresh value before giving up (the assertion on the bound then says by how much). */
    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    @Inject
    CacheSettings cache;

    @Inject
    AuthSettings auth;

    @BeforeEach
    void theBoundIsTheDocumentedOne() {
        assertThat(cache.checkInterval()).as("vientro.cache.check-interval").isEqualTo(DOCUMENTED_BOUND);
    }

    /**
     * Commits, in one transaction on a connection of its own, the statement (unless null) and the bump of the
     * version of {@code bumped} (unless null), as another node's request would.
     */
    private static void onOtherNode(String bumped, String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestDatabase.connect(TestDatabase.name())) {
            connection.setAutoCommit(false);
            if (sql != null) {
                try (PreparedStatement change = connection.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        change.setObject(i + 1, parameters[i]);
                    }
                    assertThat(change.executeUpdate()).isEqualTo(1);
                }
            }
            if (bumped != null) {
                try (PreparedStatement bump = connection.prepareStatement(
                        "update vientro.cache_version set version = version + 1 where name = ?")) {
                    bump.setString(1, bumped);
                    assertThat(bump.executeUpdate()).isEqualTo(1);
                }
            }
            connection.commit();
        }
    }

    /** The time from {@code sinceNanos} until {@code fresh} first answers true, asked until {@code limit} has passed. */
    private static Optional<Duration> seenAfter(long sinceNanos, Duration limit, BooleanSupplier fresh) {
        while (System.nanoTime() - sinceNanos <= limit.toNanos()) {
            if (fresh.getAsBoolean()) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - sinceNanos));
            }
        }
        return Optional.empty();
    }

    private static Instant checkDue(long proposalId) {
        List<Map<String, Object>> steps = as(OFFICER).get("/api/proposals/" + proposalId + "/diagram").then()
                .statusCode(200).extract().path("openSteps");
        return Instant.parse((String) steps.get(0).get("dueAt"));
    }

    private static Instant dueOfANewProposal() {
        return checkDue(submitted("PROJECT", "Dự án thử ngày nghỉ do nút khác thêm"));
    }

    @Test
    void aHolidayAddedOnAnotherNodeMovesADueDateComputedHereWithinTheBound() throws Exception {
        Instant due = dueOfANewProposal();   // the holidays are now cached here
        LocalDate dueDay = due.atZone(PROVINCE).toLocalDate();
        Duration bound = DOCUMENTED_BOUND.plus(MARGIN);

        // The other node makes the due day a holiday without bumping the version: this node keeps its holidays.
        onOtherNode(null, "insert into vientro.holiday (holiday_date, name_vi, name_en) values (?, ?, ?)",
                Date.valueOf(dueDay), "Nghỉ bù do nút khác nhập", "Entered on another node");
        try {
            long inserted = System.nanoTime();
            assertThat(seenAfter(inserted, bound, () -> !dueOfANewProposal().equals(due)))
                    .as("a due date moved although no cache version moved: the holidays were not cached").isEmpty();

            // The version moves: a proposal submitted here is due a working day later, within the bound.
            onOtherNode("holidays", null);
            long bumped = System.nanoTime();
            Optional<Duration> moved = seenAfter(bumped, GIVE_UP, () -> dueOfANewProposal().isAfter(due));
            System.out.printf("holiday added on another node: stale here for %d ms without a version bump; "
                    + "used here %s ms after the bump%n", bound.toMillis(), moved.map(Duration::toMillis).orElse(null));
            assertThat(moved).as("the holiday used here within %s s", GIVE_UP.toSeconds()).isPresent();
            assertThat(moved.get()).as("the holiday used here within the check interval plus margin").isLessThanOrEqualTo(bound);
            Instant later = dueOfANewProposal();
            assertThat(later.atZone(PROVINCE).toLocalDate()).isAfter(dueDay);
            assertThat(later.atZone(PROVINCE).toLocalTime()).isEqualTo(due.atZone(PROVINCE).toLocalTime());
        } finally {
            onOtherNode("holidays", "delete from vientro.holiday where holiday_date = ?", Date.valueOf(dueDay));
        }
        // And its removal, committed with the version as a node does, is seen within the bound too.
        long removed = System.nanoTime();
        Optional<Duration> back = seenAfter(removed, GIVE_UP, () -> dueOfANewProposal().equals(due));
        assertThat(back).as("the due date back within %s s of the removal", GIVE_UP.toSeconds()).isPresent();
        assertThat(back.get()).as("the removal used here within the check interval plus margin").isLessThanOrEqualTo(bound);
    }

    @Test
    void anAccountDeactivatedOnAnotherNodeIsRefusedHereWithinTheBound() throws Exception {
        Duration bound = DOCUMENTED_BOUND.plus(MARGIN);
        // The account is also read again after its own expiry: both phases must end before it, or they prove nothing.
        assertThat(auth.accountCheckCache()).isGreaterThan(bound.multipliedBy(2).plus(MARGIN));
        Fixtures.user("nutkhac.canbo", "officer", "SNV", "officer");
        String token = given().contentType(ContentType.JSON).body(Map.of("username", "nutkhac.canbo", "password", PASSWORD))
                .post("/api/auth/token").then().statusCode(200).extract().path("accessToken");
        BooleanSupplier refused = () -> given().auth().oauth2(token).get("/api/auth/me").then().extract().statusCode() == 401;
        assertThat(refused.getAsBoolean()).isFalse();   // the account is now cached here

        onOtherNode(null, "update vientro.app_user set active = false where username = ?", "nutkhac.canbo");
        long deactivated = System.nanoTime();
        assertThat(seenAfter(deactivated, bound, refused))
                .as("refused although no cache version moved: the account was not cached").isEmpty();

        onOtherNode("accounts", null);
        long bumped = System.nanoTime();
        Optional<Duration> refusedAfter = seenAfter(bumped, GIVE_UP, refused);
        System.out.printf("account deactivated on another node: still accepted here for %d ms without a version bump; "
                + "refused %s ms after the bump%n", bound.toMillis(), refusedAfter.map(Duration::toMillis).orElse(null));
        assertThat(refusedAfter).as("refused here within %s s", GIVE_UP.toSeconds()).isPresent();
        // Within the check interval plus margin, well before the account cache's own expiry would refuse it.
        assertThat(refusedAfter.get()).as("refused here within the check interval plus margin").isLessThanOrEqualTo(bound);
    }
}
