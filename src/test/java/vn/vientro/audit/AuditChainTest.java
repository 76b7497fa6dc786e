package vn.vientro.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vientro.support.Api.*;

/**
 * The audit trail's hash chain: intact after ordinary and concurrent appends, and the first entry changed or
 * removed straight in the database is named. Each test that breaks the chain puts the row back before it ends.
 */
@QuarkusTest
class AuditChainTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    private static JsonPath verify() {
        return as(ADMIN).get("/api/admin/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(url, user, System.getenv("PGPASSWORD"));
    }

    /** The ids of a proposal's entries, oldest first. */
    private List<Long> entries(long proposalId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = owner(); ResultSet rows = c.createStatement()
                .executeQuery("select id from vientro.audit_entry where proposal_id = " + proposalId + " order by id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Runs statements as the table's owner with the append-only trigger's maintenance setting, in one transaction. */
    private void maintain(String... statements) throws SQLException {
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            try (Statement sql = c.createStatement()) {
                sql.execute("set local vientro.audit_maintenance = 'on'");
                for (String statement : statements) {
                    sql.execute(statement);
                }
            }
            c.commit();
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        long id = createDraft(proposal("PROJECT", "Chuỗi nhật ký nguyên vẹn"));
        as(OFFICER).post("/api/proposals/" + id + "/submit").then().statusCode(200);
        JsonPath report = verify();
        assertThat(report.getBoolean("ok")).as(report.prettify()).isTrue();
        assertThat(report.getLong("checked")).isGreaterThan(2);
        assertThat(report.getString("lastHash")).matches("[0-9a-f]{64}");
        assertThat(report.getMap("firstBroken")).isNull();
    }

    @Test
    void appendsFromManyTransactionsAtOnceStayOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> drafts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                drafts.add(pool.submit(() -> createDraft(proposal("PROJECT", "Đề xuất song song " + n))));
            }
            for (Future<Long> draft : drafts) {
                assertThat(draft.get()).isPositive();
            }
        } finally {
            pool.shutdown();
        }
        JsonPath report = verify();
        assertThat(report.getBoolean("ok")).as(report.prettify()).isTrue();
    }

    @Test
    void aChangedCommentIsNamed() throws SQLException {
        long proposal = createDraft(proposal("PROJECT", "Nhật ký bị sửa"));
        long entry = entries(proposal).get(0);
        maintain("update vientro.audit_entry set comment = 'Đã sửa lén' where id = " + entry);
        try {
            JsonPath report = verify();
            assertThat(report.getBoolean("ok")).isFalse();
            assertThat(report.getLong("firstBroken.id")).isEqualTo(entry);
            assertThat(report.getString("firstBroken.reason")).isEqualTo("content-changed");
        } finally {
            maintain("update vientro.audit_entry set comment = null where id = " + entry);
        }
        assertThat(verify().getBoolean("ok")).isTrue();
    }

    @Test
    void aDeletedEntryIsNamed() throws SQLException {
        long proposal = createDraft(proposal("PROJECT", "Nhật ký bị xoá"));
        Map<String, Object> body = new java.util.HashMap<>(proposal("PROJECT", "Nhật ký bị xoá, đã sửa"));
        body.put("version", proposalOf(proposal).getLong("version"));
        as(OFFICER).body(body).put("/api/proposals/" + proposal).then().statusCode(200);
        long entry = entries(proposal).get(0);
        String kept = "vientro.audit_kept_" + entry;
        maintain("create table " + kept + " as select * from vientro.audit_entry where id = " + entry,
                "delete from vientro.audit_entry where id = " + entry);
        try {
            JsonPath report = verify();
            assertThat(report.getBoolean("ok")).isFalse();
            assertThat(report.getLong("firstBroken.id")).isEqualTo(entry);
            assertThat(report.getString("firstBroken.reason")).isEqualTo("deleted");
        } finally {
            maintain("insert into vientro.audit_entry select * from " + kept, "drop table " + kept);
        }
        assertThat(verify().getBoolean("ok")).isTrue();
    }

    @Test
    void theTriggerRefusesChangesWithoutTheMaintenanceSetting() throws SQLException {
        long entry = entries(createDraft(proposal("PROJECT", "Nhật ký không sửa được"))).get(0);
        try (Connection c = owner(); Statement sql = c.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update vientro.audit_entry set actor = 'x' where id = " + entry))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from vientro.audit_entry where id = " + entry))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("truncate vientro.audit_entry")).hasMessageContaining("append-only");
        }
        assertThat(verify().getBoolean("ok")).isTrue();
    }

    /** docs/database-roles.sql, as written there, gives a role that may insert into the trail but not rewrite it. */
    @Test
    void theApplicationsRoleMayInsertButNotUpdateOrDelete() throws Exception {
        long entry = entries(createDraft(proposal("PROJECT", "Vai trò ứng dụng"))).get(0);
        String role = "vientro_app_" + database().replaceAll("\\W", "_");
        try (Connection c = owner(); Statement sql = c.createStatement()) {
            dropRole(sql, role);
            for (String line : Files.readAllLines(Path.of("docs/database-roles.sql"))) {
                if (!line.isBlank() && !line.startsWith("--")) {
                    sql.execute(line.replace("vientro_app", role));
                }
            }
        }
        try (Connection app = DriverManager.getConnection(url, role, "change-me"); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("select id from vientro.audit_chain where id = 1 for update");
            sql.executeUpdate("insert into vientro.audit_entry (id, at, actor, action) values (-1, now(), 'thu', 'TEST')");
            app.rollback();
            assertThatThrownBy(() -> sql.executeUpdate("update vientro.audit_entry set comment = 'x' where id = " + entry))
                    .hasMessageContaining("permission denied");
            app.rollback();
            assertThatThrownBy(() -> sql.executeUpdate("delete from vientro.audit_entry where id = " + entry))
                    .hasMessageContaining("permission denied");
            app.rollback();
        } finally {
            try (Connection c = owner(); Statement sql = c.createStatement()) {
                dropRole(sql, role);
            }
        }
        assertThat(verify().getBoolean("ok")).isTrue();
    }

    /** Roles belong to the whole server: named after this test database, and dropped if a run left one. */
    private String database() throws SQLException {
        try (Connection c = owner(); ResultSet name = c.createStatement().executeQuery("select current_database()")) {
            name.next();
            return name.getString(1);
        }
    }

    private static void dropRole(Statement sql, String role) throws SQLException {
        sql.execute("do $$ begin if exists (select from pg_roles where rolname = '" + role + "') then "
                + "execute 'drop owned by " + role + " cascade'; execute 'drop role " + role + "'; end if; end $$");
    }

    @Test
    void onlyAnAdministratorVerifies() {
        given().get("/api/admin/audit/verify").then().statusCode(401);
        for (String user : List.of(OFFICER, APPRAISER, APPROVER, LEADERSHIP)) {
            as(user).get("/api/admin/audit/verify").then().statusCode(403);
        }
    }
}
