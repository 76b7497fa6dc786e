package vn.vientro.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.*;

/**
 * The checker of docs/reliability.sh, run after the load against the database the nodes share:
 * every acknowledged write is present (proposals, completed tasks, disbursements), every open proposal has its
 * process instance and an open task, every proposal's status agrees with its process's open step (and a closed
 * or draft proposal has no running process), the inbox projection holds exactly the engine's open tasks, no
 * escalation is recorded twice, no job has failed. Prints the figures as properties, {@code failures} naming
 * those that are not zero, and exits 1 when there is one (2 when it could not check at all, e.g. no log).
 * <p>
 * {@code ConsistencyCheck <jdbcUrl> <acks.log or -> [seeded.txt]}: with the seeded proposals of the timer
 * scenario, also how many of their escalations are recorded.
 */
public final class ConsistencyCheck {

    /** The proposal status each open step of aid-proposal.bpmn sets (its {@code status} property). */
    static final Map<String, String> STATUS_OF_STEP = Map.of("checkDossier", "CHECKING",
            "supplementDossier", "SUPPLEMENT_REQUESTED", "collectOpinions", "CONSULTING", "giveOpinion", "CONSULTING",
            "appraiseProposal", "APPRAISING", "reviseProposal", "REVISION_REQUESTED", "approveProposal", "AWAITING_APPROVAL");
    static final Set<String> CLOSED = Set.of("DRAFT", "APPROVED", "REJECTED", "WITHDRAWN");

    /** The figures that must be zero in a consistent database. */
    static final List<String> MUST_BE_ZERO = List.of("lost", "unaudited", "stuck", "statusDisagrees", "inboxDiff",
            "escalationsTwice", "failedJobs", "incidents");

    public static void main(String[] args) {
        Properties out = new Properties();
        try {
            check(args, out);
        } catch (Exception e) {
            System.err.println("ConsistencyCheck could not check: " + e);
            System.exit(2);
        }
        List<String> failures = failures(out);
        out.setProperty("failures", String.join(", ", failures));
        try {
            out.store(System.out, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!failures.isEmpty()) {
            System.err.println("Inconsistent: " + String.join(", ", failures) + " (" + out.getProperty("examples", "") + ")");
            System.exit(1);
        }
    }

    /** {@code name=value} of each figure of {@link #MUST_BE_ZERO} that is not 0 (a figure not computed is skipped). */
    static List<String> failures(Properties figures) {
        return MUST_BE_ZERO.stream().filter(k -> figures.containsKey(k) && !"0".equals(figures.getProperty(k)))
                .map(k -> k + "=" + figures.getProperty(k)).toList();
    }

    static void check(String[] args, Properties out) throws Exception {
        try (Connection db = DriverManager.getConnection(args[0], "postgres", "")) {
            if (!"-".equals(args[1])) {
                acknowledged(db, Path.of(args[1]), out);
            }
            processes(db, out);
            if (args.length > 2) {
                List<Long> seeded = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank())
                        .map(Long::valueOf).toList();
                out.setProperty("seededEscalations", String.valueOf(count(db,
                        "select count(*) from vientro.task_escalation where proposal_id = any(?)", seeded.toArray(Long[]::new))));
            }
        }
    }

    static void acknowledged(Connection db, Path log, Properties out) throws Exception {
        List<Long> proposals = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        List<Long> disbursements = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            String[] f = line.split(" ");
            switch (f[1]) {
                case "P" -> proposals.add(Long.valueOf(f[2]));
                case "T" -> tasks.add(f[2]);
                case "D" -> disbursements.add(Long.valueOf(f[2]));
                default -> throw new IllegalStateException(line);
            }
        }
        long lostProposals = proposals.size() - count(db, "select count(*) from vientro.proposal where id = any(?)",
                proposals.toArray(Long[]::new));
        // a completed task is in the engine's history with its end, and in our audit trail
        long lostTasks = tasks.size() - count(db, "select count(*) from act_hi_taskinst where id_ = any(?) and end_time_ is not null",
                tasks.toArray(String[]::new));
        long unaudited = tasks.size() - count(db, "select count(distinct task_id) from vientro.audit_entry "
                + "where action = 'TASK_COMPLETED' and task_id = any(?)", tasks.toArray(String[]::new));
        long lostDisbursements = disbursements.size() - count(db, "select count(*) from vientro.disbursement where id = any(?)",
                disbursements.toArray(Long[]::new));
        out.setProperty("ackProposals", String.valueOf(proposals.size()));
        out.setProperty("ackTasks", String.valueOf(tasks.size()));
        out.setProperty("ackDisbursements", String.valueOf(disbursements.size()));
        out.setProperty("acknowledged", String.valueOf(proposals.size() + tasks.size() + disbursements.size()));
        out.setProperty("lost", String.valueOf(lostProposals + lostTasks + lostDisbursements));
        out.setProperty("unaudited", String.valueOf(unaudited));
        out.setProperty("lostDetail", "proposals " + lostProposals + ", tasks " + lostTasks + " (not audited " + unaudited
                + "), disbursements " + lostDisbursements);
    }

    static void processes(Connection db, Properties out) throws SQLException {
        // each proposal with the open steps of its running aidProposal instance (none: null)
        String sql = "select p.id, p.status, e.id_ is not null, string_agg(t.task_def_key_, ',') "
                + "from vientro.proposal p "
                + "left join act_ru_execution e on e.business_key_ = p.id::text and e.parent_id_ is null "
                + "  and e.proc_def_id_ like 'aidProposal:%' "
                + "left join act_ru_task t on t.proc_inst_id_ = e.id_ "
                + "group by p.id, p.status, e.id_";
        int open = 0, stuck = 0, disagree = 0;
        List<String> examples = new ArrayList<>();
        try (ResultSet r = db.createStatement().executeQuery(sql)) {
            while (r.next()) {
                long id = r.getLong(1);
                String status = r.getString(2);
                boolean running = r.getBoolean(3);
                String steps = r.getString(4);
                if (CLOSED.contains(status)) {
                    if (running) {
                        disagree++;
                        examples.add(id + " " + status + " but running");
                    }
                    continue;
                }
                open++;
                if (steps == null) {
                    stuck++;
                    examples.add(id + " " + status + (running ? " running without a task" : " without a process"));
                    continue;
                }
                Set<String> expected = new HashSet<>();
                Arrays.stream(steps.split(",")).forEach(s -> expected.add(STATUS_OF_STEP.getOrDefault(s, s)));
                if (!expected.equals(Set.of(status))) {
                    disagree++;
                    examples.add(id + " " + status + " at " + steps);
                }
            }
        }
        out.setProperty("proposals", String.valueOf(count(db, "select count(*) from vientro.proposal")));
        out.setProperty("openProposals", String.valueOf(open));
        out.setProperty("stuck", String.valueOf(stuck));
        out.setProperty("statusDisagrees", String.valueOf(disagree));
        out.setProperty("examples", String.join("; ", examples.subList(0, Math.min(5, examples.size()))));
        out.setProperty("engineOpenTasks", String.valueOf(count(db, "select count(*) from act_ru_task")));
        out.setProperty("inboxItems", String.valueOf(count(db, "select count(*) from vientro.inbox_item")));
        out.setProperty("inboxDiff", String.valueOf(count(db, "select count(*) from ("
                + "(select id_ from act_ru_task except select task_id from vientro.inbox_item) union all "
                + "(select task_id from vientro.inbox_item except select id_ from act_ru_task)) d")));
        out.setProperty("escalations", String.valueOf(count(db, "select count(*) from vientro.task_escalation")));
        out.setProperty("escalationsTwice", String.valueOf(count(db, "select count(*) from (select task_id from "
                + "vientro.audit_entry where action = 'OVERDUE' group by task_id having count(*) > 1) d")));
        out.setProperty("failedJobs", String.valueOf(count(db, "select count(*) from act_ru_job where retries_ < 3")));
        out.setProperty("incidents", String.valueOf(count(db, "select count(*) from act_ru_incident")));
    }

    static long count(Connection db, String sql) throws SQLException {
        return count(db, sql, null);
    }

    /** {@code sql} with one array parameter, {@code ids} (bigint for Long[], varchar otherwise). */
    static long count(Connection db, String sql, Object[] ids) throws SQLException {
        try (var s = db.prepareStatement(sql)) {
            if (ids != null) {
                s.setArray(1, db.createArrayOf(ids instanceof Long[] ? "bigint" : "varchar", ids));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
