package vn.vientro;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.vientro.common.CacheSettings;
import vn.vientro.support.Fixtures;
import vn.vientro.support.TestDatabase;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * A second node on the same database changes what this node caches. The other node is played honestly: its
 * transaction is committed through a connection of its own, writing what {@code ReferenceStore} or
 * {@code UserService} write on a node (the row and the cache version, together), and this node is then asked
 * through HTTP.
 */
@QuarkusTest
class CacheCoherenceTest {

    @Inject
    CacheSettings cache;

    /** Commits the statements in one transaction, as another node's request would. */
    private static void onOtherNode(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestDatabase.connect(TestDatabase.name())) {
            connection.setAutoCommit(false);
            try (PreparedStatement change = connection.prepareStatement(sql);
                 PreparedStatement bump = connection.prepareStatement(
                         "update vientro.cache_version set version = version + 1 where name = ?")) {
                for (int i = 0; i < parameters.length; i++) {
                    change.setObject(i + 1, parameters[i]);
                }
                assertThat(change.executeUpdate()).isEqualTo(1);
                bump.setString(1, sql.contains("holiday") ? "holidays" : "accounts");
                assertThat(bump.executeUpdate()).isEqualTo(1);
            }
            connection.commit();
        }
    }

    private static Instant checkDue(long proposalId) {
        List<Map<String, Object>> steps = as(OFFICER).get("/api/proposals/" + proposalId + "/diagram").then()
                .statusCode(200).extract().path("openSteps");
        return Instant.parse((String) steps.get(0).get("dueAt"));
    }

    @Test
    void aHolidayAddedOnAnotherNodeMovesADueDateComputedHere() throws Exception {
        long before = submitted("PROJECT", "Dự án trước ngày nghỉ do nút khác thêm");
        Instant due = checkDue(before);
        LocalDate dueDay = due.atZone(PROVINCE).toLocalDate();

        // The other node makes the due day a holiday; a proposal submitted here afterwards is due a working day later.
        onOtherNode("insert into vientro.holiday (holiday_date, name_vi, name_en) values (?, ?, ?)",
                Date.valueOf(dueDay), "Nghỉ bù do nút khác nhập", "Entered on another node");
        try {
            Thread.sleep(cache.checkInterval().toMillis());
            long after = submitted("PROJECT", "Dự án sau ngày nghỉ do nút khác thêm");
            Instant moved = checkDue(after);
            assertThat(moved).isAfter(due);
            assertThat(moved.atZone(PROVINCE).toLocalDate()).isAfter(dueDay);
            assertThat(moved.atZone(PROVINCE).toLocalTime()).isEqualTo(due.atZone(PROVINCE).toLocalTime());
        } finally {
            onOtherNode("delete from vientro.holiday where holiday_date = ?", Date.valueOf(dueDay));
        }
        // And its removal is seen too: the due date comes back.
        Thread.sleep(cache.checkInterval().toMillis());
        assertThat(checkDue(submitted("PROJECT", "Dự án sau khi nút khác xóa ngày nghỉ"))).isEqualTo(due);
    }

    @Test
    void anAccountDeactivatedOnAnotherNodeIsRefusedHereWithinTheCheckInterval() throws Exception {
        Fixtures.user("nutkhac.canbo", "officer", "SNV", "officer");
        String token = given().contentType(ContentType.JSON).body(Map.of("username", "nutkhac.canbo", "password", PASSWORD))
                .post("/api/auth/token").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).get("/api/auth/me").then().statusCode(200);   // the account is now cached here

        onOtherNode("update vientro.app_user set active = false where username = ?", "nutkhac.canbo");
        long committed = System.nanoTime();
        int status;
        do {
            status = given().auth().oauth2(token).get("/api/auth/me").then().extract().statusCode();
        } while (status == 200 && System.nanoTime() - committed < 10_000_000_000L);
        long refusedAfterMillis = (System.nanoTime() - committed) / 1_000_000;
        System.out.printf("account deactivated on another node: refused here after %d ms%n", refusedAfterMillis);

        assertThat(status).isEqualTo(401);
        // Within the check interval (plus a request's time), well before the account cache's own 5 s would expire.
        assertThat(refusedAfterMillis).isLessThanOrEqualTo(cache.checkInterval().toMillis() + 500);
    }
}
