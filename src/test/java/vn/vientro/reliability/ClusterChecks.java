package vn.vientro.reliability;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reliability scenarios that check one rule each against running nodes (docs/reliability.sh): {@code coherence}
 * (a holiday added through one node moves a due date the other node computes), {@code audit} (the audit chain of a
 * database that has been under load verifies), {@code signin} (repeated failures slowed with 429, an unknown name
 * answered alike, another account not locked out, all audited) and {@code cleanup} (the engine's history cleanup
 * removes closed processes' history while their timelines stay the same). Prints {@code key=value} lines.
 */
public final class ClusterChecks {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final LoadDriver driver;

    /** {@code node}: where the driver's own calls (finding the demo NGO) go. */
    private ClusterChecks(String node, Path out) throws Exception {
        driver = new LoadDriver(List.of(node), out);
    }

    public static void main(String[] args) throws Exception {
        ClusterChecks checks = new ClusterChecks(args[1], Path.of(args[args.length - 1]));
        switch (args[0]) {
            case "coherence" -> checks.coherence(args[1], args[2]);
            case "audit" -> checks.audit(args[1]);
            case "signin" -> checks.signin(args[1], args[2]);
            case "cleanup" -> checks.cleanup(args[1], args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
        checks.driver.requests.flush();
    }

    private String token(String node, String user) {
        LoadDriver.Answer a = driver.call(node, null, "POST", "/api/auth/token", Map.of("username", user, "password", "demo123"));
        if (a.status() != 200) {
            throw new IllegalStateException("sign-in " + user + " on " + node + ": " + a.status());
        }
        return a.body().get("accessToken").asText();
    }

    /** Submits a proposal on {@code node} and answers the due date of its dossier check there. */
    private Instant dueOfNewProposal(String node, String officer, String appraiser, long ngoId) {
        Map<String, Object> body = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(PROVINCE);
        body.put("kind", "PROJECT");
        body.put("titleVi", "Kiểm tra nhất quán giữa các máy chủ");
        body.put("ngoId", ngoId);
        body.put("aidOwner", "Sở Y tế");
        body.put("sectors", List.of(Map.of("code", "HEALTH", "share", 100)));
        body.put("locations", List.of("TN-GODAU"));
        body.put("plannedStart", today.plusMonths(1).toString());
        body.put("plannedEnd", today.plusYears(1).toString());
        body.put("committedAmount", 50000);
        body.put("currency", "USD");
        body.put("beneficiaries", 100);
        LoadDriver.Answer created = driver.call(node, officer, "POST", "/api/proposals?submit=true", body);
        if (created.status() != 201) {
            throw new IllegalStateException("submit on " + node + ": " + created.status() + " " + created.body());
        }
        long id = created.body().get("id").asLong();
        JsonNode items = driver.call(node, appraiser, "GET", "/api/tasks?proposalId=" + id, null).body().get("items");
        return Instant.parse(items.get(0).get("dueAt").asText());
    }

    void coherence(String nodeA, String nodeB) {
        String adminA = token(nodeA, "admin");
        String officerB = token(nodeB, "canbo.snv");
        String appraiserB = token(nodeB, "thamdinh.stc");
        long ngoId = driver.ngo();
        Instant before = dueOfNewProposal(nodeB, officerB, appraiserB, ngoId);
        LocalDate dueDay = LocalDate.ofInstant(before, PROVINCE);
        // a holiday on the due day, added through node A: node B must push its next due date past it
        LoadDriver.Answer holiday = driver.call(nodeA, adminA, "POST", "/api/holidays",
                Map.of("day", dueDay.toString(), "nameVi", "Nghỉ bù thử nghiệm", "nameEn", "Test day off"));
        long added = System.currentTimeMillis();
        Instant after = before;
        long seenAfter = -1;
        while (System.currentTimeMillis() - added < 10_000) {
            after = dueOfNewProposal(nodeB, officerB, appraiserB, ngoId);
            if (after.isAfter(before)) {
                seenAfter = System.currentTimeMillis() - added;
                break;
            }
            LoadDriver.pause(100);
        }
        driver.call(nodeA, adminA, "DELETE", "/api/holidays/" + holiday.body().get("id").asLong(), null);
        System.out.println("holidayStatus=" + holiday.status());
        System.out.println("dueBefore=" + before);
        System.out.println("dueAfter=" + after);
        System.out.println("moved=" + after.isAfter(before));
        System.out.println("seenAfterMillis=" + seenAfter);
    }

    void audit(String node) {
        JsonNode v = driver.call(node, token(node, "admin"), "GET", "/api/admin/audit/verify", null).body();
        System.out.println("auditOk=" + v.get("ok").asBoolean());
        System.out.println("auditChecked=" + v.get("checked").asLong());
        System.out.println("auditFirstBroken=" + v.get("firstBroken"));
    }

    /** Run last: the failures it makes slow its own account at this address for a while. */
    void signin(String node, String jdbc) throws Exception {
        String victim = "canbo2.snv";
        int failures = 0;
        LoadDriver.Answer answer = null;
        long firstRetryAfter = -1;
        for (int i = 0; i < 12; i++) {
            answer = driver.call(node, null, "POST", "/api/auth/token", Map.of("username", victim, "password", "wrong-" + i));
            if (answer.status() == 429) {
                firstRetryAfter = answer.body().get("retryAfter").asLong();
                break;
            }
            failures++;
        }
        LoadDriver.Answer unknown = driver.call(node, null, "POST", "/api/auth/token",
                Map.of("username", "khong-ton-tai-" + System.nanoTime(), "password", "wrong"));
        LoadDriver.Answer other = driver.call(node, null, "POST", "/api/auth/token",
                Map.of("username", "thamdinh.stc", "password", "demo123"));
        long audited;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", null);
             ResultSet rs = db.createStatement().executeQuery("select count(*) from vientro.audit_entry "
                     + "where action in ('SIGN_IN_FAILED', 'SIGN_IN_DELAYED')")) {
            rs.next();
            audited = rs.getLong(1);
        }
        System.out.println("failuresBefore429=" + failures);
        System.out.println("status=" + (answer == null ? 0 : answer.status()));
        System.out.println("retryAfter=" + firstRetryAfter);
        System.out.println("unknownUserStatus=" + unknown.status() + " " + unknown.body().get("code").asText());
        System.out.println("otherAccountStatus=" + other.status());
        System.out.println("audited=" + audited);
    }

    /**
     * Gives the closed proposal processes a removal time in the past (as ten years passing would), waits for the
     * engine's own cleanup job to remove their history, and compares their timelines before and after.
     */
    void cleanup(String node, String jdbc) throws Exception {
        String leader = token(node, "lanhdao");
        List<Long> ids = new ArrayList<>();
        List<String> instances = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", null);
             ResultSet rs = db.createStatement().executeQuery("select id, process_instance_id from vientro.proposal "
                     + "where status in ('APPROVED', 'REJECTED', 'WITHDRAWN') and process_instance_id is not null "
                     + "order by id limit 50")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                instances.add(rs.getString(2));
            }
        }
        Map<Long, String> before = new LinkedHashMap<>();
        ids.forEach(id -> before.put(id, String.valueOf(driver.call(node, leader, "GET", "/api/proposals/" + id + "/timeline", null).body())));
        String in = "'" + String.join("','", instances) + "'";
        long historyBefore;
        long started;
        long historyAfter;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", null)) {
            historyBefore = count(db, "select count(*) from act_hi_actinst where root_proc_inst_id_ in (" + in + ")");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("select c1.table_name from information_schema.columns c1 "
                    + "join information_schema.columns c2 on c2.table_name = c1.table_name and c2.table_schema = c1.table_schema "
                    + "where c1.table_schema = 'public' and c1.column_name = 'removal_time_' and c2.column_name = 'root_proc_inst_id_'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                db.createStatement().executeUpdate("update " + table + " set removal_time_ = now() - interval '1 day' "
                        + "where root_proc_inst_id_ in (" + in + ")");
            }
            // the cleanup job runs now (the node's batch window covers the run) and again after each batch
            db.createStatement().executeUpdate("update act_ru_job set duedate_ = now() - interval '1 second', "
                    + "lock_owner_ = null, lock_exp_time_ = null where handler_type_ = 'history-cleanup'");
            started = System.currentTimeMillis();
            historyAfter = historyBefore;
            while (historyAfter > 0 && System.currentTimeMillis() - started < 120_000) {
                LoadDriver.pause(1000);
                historyAfter = count(db, "select count(*) from act_hi_actinst where root_proc_inst_id_ in (" + in + ")");
            }
        }
        long cleanedMillis = System.currentTimeMillis() - started;
        int same = 0;
        for (Long id : ids) {
            String now = String.valueOf(driver.call(node, leader, "GET", "/api/proposals/" + id + "/timeline", null).body());
            if (now.equals(before.get(id))) {
                same++;
            }
        }
        System.out.println("closedProposals=" + ids.size());
        System.out.println("engineHistoryRowsBefore=" + historyBefore);
        System.out.println("engineHistoryRowsAfter=" + historyAfter);
        System.out.println("cleanedMillis=" + cleanedMillis);
        System.out.println("timelinesUnchanged=" + same);
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
