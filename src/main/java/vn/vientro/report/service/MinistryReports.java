package vn.vientro.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.ProvinceZone;
import vn.vientro.report.domain.MinistryReport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The annual reports to the ministry, year by year: which year a process instance prepares (one per year, whoever
 * starts it), its due time, and how and when it was sent.
 */
@ApplicationScoped
public class MinistryReports {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ProvinceZone
    ZoneId zone;

    @Inject
    AuditLog audit;

    @Inject
    MinistryReportProcess process;

    /** A year's report as the status list shows it; taskId is its open "send" step, null once sent. */
    public record YearStatus(int year, Instant dueAt, Instant startedAt, LocalDate sentOn, String sentVia, String sentBy,
                             boolean overdue, String taskId) {
    }

    /** The past years' reports, newest first, and when the next one is due to start. */
    public record Overview(List<YearStatus> years, Instant nextStart, Integer nextYear) {
    }

    /** The year whose report is prepared at {@code now}: the one just ended in the province. */
    public static int yearEndedBefore(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).getYear() - 1;
    }

    /**
     * Claims the year for a process instance, in the engine's transaction: false when another instance has it. The
     * insert waits for a concurrent claim of the same year to commit or roll back, so two starts never both win.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(int year, String processInstanceId) {
        return em.createNativeQuery("insert into {h-schema}ministry_report (report_year, process_instance_id, started_at) "
                        + "values (?1, ?2, ?3) on conflict (report_year) do nothing")
                .setParameter(1, year).setParameter(2, processInstanceId).setParameter(3, clock.instant())
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void due(int year, Instant dueAt) {
        em.find(MinistryReport.class, year).dueAt = dueAt;
    }

    /** The step's answer, already checked against what the step declares (a past date, one of the ways). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(int year, LocalDate sentOn, String sentVia, String sentBy) {
        MinistryReport report = em.find(MinistryReport.class, year);
        report.sentOn = sentOn;
        report.sentVia = sentVia;
        report.sentBy = sentBy;
        report.recordedAt = clock.instant();
    }

    @Transactional
    public Overview overview() {
        Instant now = clock.instant();
        Map<String, String> open = process.openTasks();
        List<YearStatus> years = em.createQuery("from MinistryReport r order by r.reportYear desc", MinistryReport.class)
                .getResultStream().map(r -> new YearStatus(r.reportYear, r.dueAt, r.startedAt, r.sentOn, r.sentVia, r.sentBy,
                        r.sentOn == null && r.dueAt != null && r.dueAt.isBefore(now), open.get(r.processInstanceId))).toList();
        Instant next = process.nextStart().orElse(null);
        return new Overview(years, next, next == null ? null : yearEndedBefore(next, zone));
    }

    /** Starts a year's report by hand (the demo data); nothing happens when the year already has one. */
    @Transactional
    public void start(int year) {
        if (em.find(MinistryReport.class, year) == null) {
            process.start(year);
        }
    }
}
