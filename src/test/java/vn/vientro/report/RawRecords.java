package vn.vientro.report;

import vn.vientro.support.TestDatabase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year's dashboard figures recomputed from the rows themselves, with plain SQL on a connection of its own and
 * arithmetic written here, not through the report classes: the independent side of {@link DashboardTest}. The rules
 * are the README's: an amount counts in USD at the latest rate on or before its own date; a commitment in the year of
 * its decision (an approved amendment's change in the year of the amendment's); the province's population is its own
 * figure or, lacking one, the sum of its units'; received, rejected and withdrawn by their time in the province;
 * a project approved once counts whether still running, revoked or closed;
 * a step's days from its recorded start and end, its median and 90th percentile by nearest rank. Amounts are kept
 * unrounded: the comparison allows for the report's rounding.
 */
final class RawRecords implements AutoCloseable {

    private static final String ZONE = "'Asia/Ho_Chi_Minh'";
    private static final int SCALE = 12;
    /** Approved proposals are projects, and keep counting once revoked or closed. */
    private static final String PROJECTS = "('APPROVED', 'REVOKED', 'CLOSED')";
    /** The rate of {@code currency} on {@code date}: the latest on or before it (USD has none and needs none). */
    private static final String RATE = "(select r.units_per_usd from vientro.exchange_rate r where r.currency = %s "
            + "and r.rate_date <= %s order by r.rate_date desc limit 1)";

    /** One step of the workflow section: completions ended in the year, their days, escalations in the year. */
    record Step(long completed, Double medianDays, Double p90Days, long overdue) {
    }

    private final Connection db;

    RawRecords() throws SQLException {
        db = TestDatabase.connect(TestDatabase.name());
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }

    /** The summary's fields by their JSON names; null where the dashboard must say "no data". */
    Map<String, Object> summary(int year) throws SQLException {
        BigDecimal disbursed = disbursed(year);
        BigDecimal previous = disbursed(year - 1);
        BigDecimal committed = committed(year);
        Long people = population(year);
        BigDecimal perCapita = divide(disbursed, people);
        BigDecimal national = null;
        try (ResultSet r = query("select population, ngo_aid_usd from vientro.national_figure where fig_year = ?", year)) {
            if (r.next()) {
                long nationalPeople = r.getLong(1);
                national = r.wasNull() || r.getBigDecimal(2) == null ? null : divide(r.getBigDecimal(2), nationalPeople);
            }
        }
        Map<String, Long> outcomes = outcomes(year);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("received", single("select count(*) from vientro.proposal where extract(year from submitted_at at time zone "
                + ZONE + ") = ?", year));
        s.put("approved", outcomes.get("proposalApproved"));
        s.put("rejected", outcomes.getOrDefault("proposalRejected", 0L));
        s.put("withdrawn", outcomes.getOrDefault("proposalWithdrawn", 0L));
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        s.put("activeProjects", single("select count(*) from vientro.proposal p where p.status in " + PROJECTS + " "
                + "and p.decision_date is not null and ((p.decision_date <= ? and p.planned_end >= ?) "
                + "or exists (select 1 from vientro.disbursement d where d.proposal_id = p.id and d.entry_date between ? and ?))",
                end, start, start, end));
        s.put("committedUsd", committed);
        s.put("disbursedUsd", disbursed);
        s.put("population", people);
        s.put("disbursedPerCapita", perCapita);
        s.put("committedPerCapita", divide(committed, people));
        s.put("nationalPerCapita", national);
        s.put("ratioToNational", perCapita == null || national == null || national.signum() == 0 ? null
                : perCapita.divide(national, SCALE, RoundingMode.HALF_EVEN));
        s.put("previousDisbursedUsd", previous);
        s.put("changeFromPrevious", previous.signum() == 0 ? null
                : disbursed.subtract(previous).divide(previous, SCALE, RoundingMode.HALF_EVEN));
        return s;
    }

    /** Approved by decision date; rejected and withdrawn (only when there are any) by when they were closed. */
    Map<String, Long> outcomes(int year) throws SQLException {
        Map<String, Long> outcomes = new HashMap<>();
        outcomes.put("proposalApproved", single("select count(*) from vientro.proposal where status in " + PROJECTS + " "
                + "and extract(year from decision_date) = ?", year));
        for (String status : List.of("Rejected", "Withdrawn")) {
            long closed = single("select count(*) from vientro.proposal where status = ? "
                    + "and extract(year from closed_at at time zone " + ZONE + ") = ?", status.toUpperCase(), year);
            if (closed > 0) {
                outcomes.put("proposal" + status, closed);
            }
        }
        return outcomes;
    }

    /** The proposal process's user tasks ended in the year, by task; tasks only escalated in it too. */
    Map<String, Step> steps(int year) throws SQLException {
        return steps(year, "%");
    }

    /** The same, of the demo's recorded handlings only (process instances and tasks named {@code demo-...}). */
    Map<String, Step> demoSteps(int year) throws SQLException {
        return steps(year, "demo-%");
    }

    private Map<String, Step> steps(int year, String ids) throws SQLException {
        Map<String, List<Double>> days = new TreeMap<>();
        try (ResultSet r = query("select activity_id, started_at, ended_at from vientro.process_step "
                + "where process_definition_key = 'aidProposal' and activity_type = 'userTask' "
                + "and extract(year from ended_at at time zone " + ZONE + ") = ? and process_instance_id like ?", year, ids)) {
            while (r.next()) {
                Duration taken = Duration.between(r.getObject(2, OffsetDateTime.class), r.getObject(3, OffsetDateTime.class));
                days.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(taken.toMillis() / 86_400_000.0);
            }
        }
        Map<String, Long> overdue = new HashMap<>();
        try (ResultSet r = query("select task_key, count(*) from vientro.task_escalation "
                + "where extract(year from escalated_at at time zone " + ZONE + ") = ? and task_id like ? group by task_key",
                year, ids)) {
            while (r.next()) {
                overdue.put(r.getString(1), r.getLong(2));
            }
        }
        Map<String, Step> steps = new TreeMap<>();
        days.forEach((key, list) -> steps.put(key, new Step(list.size(), atLeast(list, 1, 2), atLeast(list, 9, 10),
                overdue.getOrDefault(key, 0L))));
        overdue.forEach((key, count) -> steps.putIfAbsent(key, new Step(0, null, null, count)));
        return steps;
    }

    /** One report obligation due in a year, as reporting compliance reads it (status: ON_TIME, LATE, MISSING, NOT_YET_DUE). */
    record Obligation(long id, long projectId, String aidOwnerCode, String kind, LocalDate dueDate, LocalDate submittedOn,
                      String status) {
    }

    /**
     * The report obligations due in the year, as docs/domain.md defines compliance: by the province day of the first
     * report sent, on or before the due date on time, after it late; none sent, missing once the due date has passed
     * on {@code asOf}, else not yet due; one due after its project was revoked or closed and never sent is left out.
     */
    List<Obligation> compliance(int year, LocalDate asOf) throws SQLException {
        List<Obligation> rows = new ArrayList<>();
        try (ResultSet r = query("select o.id, o.project_id, u.code, o.kind, o.due_date, f.first_day, "
                + "case when f.first_day is null then (case when o.due_date < ? then 'MISSING' else 'NOT_YET_DUE' end) "
                + "when f.first_day <= o.due_date then 'ON_TIME' else 'LATE' end "
                + "from vientro.report_obligation o join vientro.proposal p on p.id = o.project_id "
                + "join vientro.org_unit u on u.id = p.aid_owner_unit_id "
                + "left join lateral (select (min(a.submitted_at) at time zone " + ZONE + ")::date as first_day "
                + "from vientro.aid_report a where a.obligation_id = o.id) f on true "
                + "where extract(year from o.due_date) = ? and not (f.first_day is null and "
                + "((p.status = 'REVOKED' and o.due_date > p.revocation_date) or (p.status = 'CLOSED' and o.due_date > p.closed_on)))",
                asOf, year)) {
            while (r.next()) {
                rows.add(new Obligation(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                        r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class), r.getString(7)));
            }
        }
        return rows;
    }

    /** The demo project decided last in the year (one with a recorded handling). */
    long lastDemoProject(int year) throws SQLException {
        return single("select id from vientro.proposal where process_instance_id like 'demo-%' "
                + "and extract(year from decision_date) = ? order by decision_date desc limit 1", year);
    }

    /** The smallest value with at least {@code num/den} of all the values at or below it (the nearest rank). */
    static Double atLeast(List<Double> values, int num, int den) {
        for (double candidate : values.stream().sorted().toList()) {
            long atOrBelow = values.stream().filter(v -> v <= candidate).count();
            if (atOrBelow * den >= (long) num * values.size()) {
                return candidate;
            }
        }
        return null;
    }

    private BigDecimal disbursed(int year) throws SQLException {
        return usd("select d.amount, d.currency, " + RATE.formatted("d.currency", "d.entry_date")
                + " from vientro.disbursement d where extract(year from d.entry_date) = ?", year);
    }

    /** Commitments decided in the year (before any amendment) and approved amendments' changes decided in it. */
    private BigDecimal committed(int year) throws SQLException {
        BigDecimal original = usd("select p.committed_amount - coalesce((select sum(a.new_amount - a.previous_amount) "
                + "from vientro.amendment a where a.proposal_id = p.id and a.status = 'APPROVED' and a.new_amount is not null), 0), "
                + "p.currency, " + RATE.formatted("p.currency", "p.decision_date") + " from vientro.proposal p "
                + "where p.status in " + PROJECTS + " and extract(year from p.decision_date) = ?", year);
        BigDecimal changes = usd("select a.new_amount - a.previous_amount, p.currency, " + RATE.formatted("p.currency", "a.decision_date")
                + " from vientro.amendment a join vientro.proposal p on p.id = a.proposal_id where p.status in " + PROJECTS + " "
                + "and a.status = 'APPROVED' and a.new_amount is not null and extract(year from a.decision_date) = ?", year);
        return original.add(changes);
    }

    /** Sums rows of (amount, currency, rate) in USD. */
    private BigDecimal usd(String sql, int year) throws SQLException {
        BigDecimal sum = BigDecimal.ZERO;
        try (ResultSet r = query(sql, year)) {
            while (r.next()) {
                BigDecimal amount = r.getBigDecimal(1);
                if (!"USD".equals(r.getString(2))) {
                    BigDecimal rate = r.getBigDecimal(3);
                    if (rate == null) {
                        throw new AssertionError("no " + r.getString(2) + " rate for an amount of " + year);
                    }
                    amount = amount.divide(rate, SCALE, RoundingMode.HALF_EVEN);
                }
                sum = sum.add(amount);
            }
        }
        return sum;
    }

    /** The provinces valid on 31 December: each its own figure, or the sum of its units valid then; null if none. */
    private Long population(int year) throws SQLException {
        LocalDate end = LocalDate.of(year, 12, 31);
        Long people = null;
        try (ResultSet r = query("select (select u.population from vientro.unit_population u where u.admin_unit_id = p.id "
                + "and u.pop_year = ?), (select sum(u.population) from vientro.unit_population u join vientro.admin_unit c "
                + "on c.id = u.admin_unit_id where c.parent_id = p.id and u.pop_year = ? and c.valid_from <= ? "
                + "and (c.valid_to is null or c.valid_to >= ?)) from vientro.admin_unit p where p.level = 'PROVINCE' "
                + "and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)", year, year, end, end, end, end)) {
            while (r.next()) {
                long own = r.getLong(1);
                boolean hasOwn = !r.wasNull();
                long units = r.getLong(2);
                boolean hasUnits = !r.wasNull();
                if (hasOwn || hasUnits) {
                    people = (people == null ? 0 : people) + (hasOwn ? own : units);
                }
            }
        }
        return people;
    }

    private static BigDecimal divide(BigDecimal usd, Long people) {
        return people == null || people == 0 ? null : usd.divide(BigDecimal.valueOf(people), SCALE, RoundingMode.HALF_EVEN);
    }

    /** The one number the query gives. */
    private long single(String sql, Object... parameters) throws SQLException {
        try (ResultSet r = query(sql, parameters)) {
            r.next();
            return r.getLong(1);
        }
    }

    private ResultSet query(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        statement.closeOnCompletion();
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement.executeQuery();
    }
}
