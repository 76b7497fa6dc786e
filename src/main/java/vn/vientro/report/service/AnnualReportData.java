package vn.vientro.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.vientro.common.ProvinceZone;
import vn.vientro.indicator.domain.NationalFigure;
import vn.vientro.indicator.service.CurrencyConverter;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.report.service.ReportArithmetic.Commitment;
import vn.vientro.report.service.ReportArithmetic.Population;
import vn.vientro.report.service.ReportArithmetic.ProjectYear;
import vn.vientro.report.service.ReportRows.Amount;
import vn.vientro.report.service.ReportRows.ApprovedProject;
import vn.vientro.report.service.ReportRows.Change;
import vn.vientro.proposal.workflow.CamundaProposalProcess;
import vn.vientro.workflow.StepDefinitions;
import vn.vientro.workflow.domain.ProcessStep;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static vn.vientro.report.service.ReportArithmetic.perCapita;
import static vn.vientro.report.service.ReportArithmetic.ratio;
import static vn.vientro.report.service.ReportArithmetic.sum;

/**
 * Reads what the reports need from our tables only (step durations from {@link ProcessStep}, which the engine's
 * history cleanup does not touch) as typed rows, and computes the figures with {@link ReportArithmetic}. Every amount is converted to USD at its own date before anything
 * is written, so a missing rate fails the request (422) instead of producing a wrong workbook. Both languages' names
 * are kept: the writers choose.
 *
 * Conventions (also printed in the Notes sheet): a commitment counts in the year of the approval decision;
 * a project is active in a year when approved by its end and planned to end after its start, or when it
 * had disbursements in it; sector figures are split by the sector shares, location figures equally among
 * the project's locations; the province's population is that of its province-level unit valid at year end, or the sum of its
 * units' populations where the province itself has no figure for the year. A revoked or closed project was approved:
 * it keeps its figures in every year as a running one does.
 */
@ApplicationScoped
public class AnnualReportData {

    private static final int TREND_YEARS = 10;
    /** Streams read the database in chunks: PostgreSQL's driver otherwise loads a whole result at once. */
    private static final String FETCH_SIZE = "org.hibernate.fetchSize";
    private static final String ROWS = "new vn.vientro.report.service.ReportRows$";

    @Inject
    EntityManager em;

    @Inject
    CurrencyConverter converter;

    @Inject
    StepDefinitions steps;

    /** Years begin at midnight in the province, not in the server's zone. */
    @Inject
    @ProvinceZone
    ZoneId zone;

    public record Prepared(AnnualFigures figures, List<AnnualFigures.ProjectRow> projects) {
    }

    /** One year of a period report. Per-capita values are null where the population is unknown. */
    public record YearRow(int year, long received, long approved, BigDecimal committedUsd, BigDecimal disbursedUsd,
                          Long population, BigDecimal perCapita, BigDecimal nationalPerCapita) {
    }

    /** The indicator for each year of a programme period (e.g. 2013–2017), one pass over the data. */
    public List<YearRow> series(int from, int to) {
        CurrencyConverter.Rates rates = converter.rates();
        LocalDate first = LocalDate.of(from, 1, 1);
        LocalDate last = LocalDate.of(to, 12, 31);
        Map<Integer, BigDecimal> committed = new TreeMap<>();
        Map<Integer, Long> approved = new TreeMap<>();
        // the original commitment: today's amount less every approved amendment (counted in its own year below)
        em.createQuery("select " + ROWS + "Amount(p.id, p.decisionDate, p.committedAmount - coalesce((select sum(a.newAmount - a.previousAmount) "
                        + "from Amendment a where a.projectId = p.id and a.newAmount is not null "
                        + "and a.status = vn.vientro.project.domain.Amendment.Status.APPROVED), 0), p.currency) "
                        + "from Proposal p where p.status in :projects and p.decisionDate between :from and :to", Amount.class)
                .setParameter("projects", ProposalStatus.PROJECT).setParameter("from", first).setParameter("to", last)
                .getResultStream().forEach(a -> {
                    committed.merge(a.date().getYear(), rates.toUsd(a.amount(), a.currency(), a.date()), BigDecimal::add);
                    approved.merge(a.date().getYear(), 1L, Long::sum);
                });
        // approved amendments change the commitment in the year of their own decision
        em.createQuery("select " + ROWS + "Amount(p.id, a.decisionDate, a.newAmount - a.previousAmount, p.currency) "
                        + "from Amendment a, Proposal p where p.id = a.projectId "
                        + "and a.status = vn.vientro.project.domain.Amendment.Status.APPROVED "
                        + "and a.newAmount is not null and a.decisionDate between :from and :to", Amount.class)
                .setParameter("from", first).setParameter("to", last).getResultList()
                .forEach(a -> committed.merge(a.date().getYear(), rates.toUsd(a.amount(), a.currency(), a.date()), BigDecimal::add));
        Map<Integer, BigDecimal> disbursed = new TreeMap<>();
        disbursements(first, last).forEach(d -> disbursed.merge(d.date().getYear(),
                rates.toUsd(d.amount(), d.currency(), d.date()), BigDecimal::add));
        rates.requireComplete();
        Map<Integer, NationalFigure> national = nationalFigures();
        List<YearRow> rows = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            Long people = provincePopulation(y).people();
            BigDecimal usd = disbursed.getOrDefault(y, BigDecimal.ZERO);
            rows.add(new YearRow(y, received(y), approved.getOrDefault(y, 0L), committed.getOrDefault(y, BigDecimal.ZERO),
                    usd, people, perCapita(usd, people), nationalPerCapita(national.get(y))));
        }
        return rows;
    }

    public Prepared prepare(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        CurrencyConverter.Rates rates = converter.rates();

        List<ApprovedProject> approved = em.createQuery("select " + ROWS + "ApprovedProject(p.id, p.titleVi, p.titleEn, "
                        + "n.nameVi, n.name, n.country, n.id, p.decisionDate, p.plannedEnd, p.committedAmount, p.currency) "
                        + "from Proposal p join p.ngo n where p.status in :projects "
                        + "and p.decisionDate is not null order by p.decisionDate, p.id", ApprovedProject.class)
                .setParameter("projects", ProposalStatus.PROJECT).setHint(FETCH_SIZE, 2000).getResultList();
        Map<Long, Map<String, BigDecimal>> sectorShares = new HashMap<>();
        em.createQuery("select " + ROWS + "SectorShare(p.id, s.sector.code, s.share) from Proposal p join p.sectors s "
                        + "where p.status in :projects", ReportRows.SectorShare.class)
                .setParameter("projects", ProposalStatus.PROJECT).getResultStream()
                .forEach(s -> sectorShares.computeIfAbsent(s.projectId(), k -> new LinkedHashMap<>()).put(s.sectorCode(), s.share()));
        Map<Long, List<String>> locations = new HashMap<>();
        em.createQuery("select " + ROWS + "Location(p.id, l.code) from Proposal p join p.locations l where p.status in :projects",
                        ReportRows.Location.class)
                .setParameter("projects", ProposalStatus.PROJECT).getResultStream()
                .forEach(l -> locations.computeIfAbsent(l.projectId(), k -> new ArrayList<>()).add(l.unitCode()));
        Map<Long, List<Change>> changes = em.createQuery("select " + ROWS + "Change(a.projectId, a.decisionDate, "
                        + "a.newAmount - a.previousAmount) from Amendment a "
                        + "where a.status = vn.vientro.project.domain.Amendment.Status.APPROVED and a.newAmount is not null",
                        Change.class).getResultList().stream()
                .collect(Collectors.groupingBy(Change::projectId));

        // disbursements: per year (for the trend) and per project (in the year, and to its end)
        Map<Integer, BigDecimal> disbursedByYear = new TreeMap<>();
        Map<Long, BigDecimal> inYear = new HashMap<>();
        Map<Long, BigDecimal> toDate = new HashMap<>();
        disbursements(null, null).forEach(d -> {
            BigDecimal usd = rates.toUsd(d.amount(), d.currency(), d.date());
            disbursedByYear.merge(d.date().getYear(), usd, BigDecimal::add);
            if (!d.date().isAfter(end)) {
                toDate.merge(d.projectId(), usd, BigDecimal::add);
                if (d.date().getYear() == year) {
                    inYear.merge(d.projectId(), usd, BigDecimal::add);
                }
            }
        });

        List<ProjectYear> active = new ArrayList<>();
        List<AnnualFigures.ProjectRow> rows = new ArrayList<>();
        BigDecimal committedUsd = BigDecimal.ZERO;
        for (ApprovedProject p : approved) {
            Commitment c = ReportArithmetic.commitment(p.committed(), p.currency(), p.decisionDate(),
                    changes.getOrDefault(p.id(), List.of()), year, rates::toUsd);
            committedUsd = committedUsd.add(c.inYearUsd());
            boolean disbursedInYear = inYear.containsKey(p.id());
            if (!disbursedInYear && (p.decisionDate().isAfter(end) || p.plannedEnd().isBefore(start))) {
                continue;
            }
            BigDecimal inYearUsd = inYear.getOrDefault(p.id(), BigDecimal.ZERO);
            BigDecimal toDateUsd = toDate.getOrDefault(p.id(), BigDecimal.ZERO);
            active.add(new ProjectYear(p.ngoId(), p.ngoNameVi(), p.ngoName(), p.ngoCountry(), c.inYearUsd(), inYearUsd,
                    sectorShares.getOrDefault(p.id(), Map.of()), locations.getOrDefault(p.id(), List.of())));
            rows.add(new AnnualFigures.ProjectRow(p.id(), p.titleVi(), p.titleEn(), p.ngoNameVi(), p.ngoName(), p.decisionDate(),
                    p.plannedEnd(), c.amount(), p.currency(), c.usd(), inYearUsd, toDateUsd, c.usd().subtract(toDateUsd)));
        }
        rates.requireComplete();

        BigDecimal disbursedUsd = disbursedByYear.getOrDefault(year, BigDecimal.ZERO);
        BigDecimal previous = disbursedByYear.getOrDefault(year - 1, BigDecimal.ZERO);
        Population population = provincePopulation(year);
        Map<Integer, NationalFigure> national = nationalFigures();
        BigDecimal nationalPerCapita = nationalPerCapita(national.get(year));
        BigDecimal perCapita = perCapita(disbursedUsd, population.people());

        Map<String, Long> outcomes = outcomes(year);
        var summary = new AnnualFigures.Summary(received(year), outcomes.getOrDefault("proposalApproved", 0L),
                outcomes.getOrDefault("proposalRejected", 0L), outcomes.getOrDefault("proposalWithdrawn", 0L),
                active.size(), committedUsd, disbursedUsd, population.people(), perCapita,
                perCapita(committedUsd, population.people()), nationalPerCapita, ratio(perCapita, nationalPerCapita),
                previous, ratio(disbursedUsd.subtract(previous), previous));

        List<AnnualFigures.TrendRow> trend = new ArrayList<>();
        for (int y = year - TREND_YEARS + 1; y <= year; y++) {
            Long people = provincePopulation(y).people();
            BigDecimal usd = disbursedByYear.getOrDefault(y, BigDecimal.ZERO);
            trend.add(new AnnualFigures.TrendRow(y, usd, people, perCapita(usd, people), nationalPerCapita(national.get(y))));
        }

        var figures = new AnnualFigures(year, summary, ReportArithmetic.bySector(active, sectorNames()),
                ReportArithmetic.byDonor(active), ReportArithmetic.byLocation(active, unitPopulations(year), unitNames()),
                new AnnualFigures.Workflow(outcomes, stepStats(year)), trend, rates.used(), population.sources());
        return new Prepared(figures, rows);
    }

    /** Disbursements dated in {@code [from, to]}, or all of them when both are null. */
    private java.util.stream.Stream<Amount> disbursements(LocalDate from, LocalDate to) {
        var query = em.createQuery("select " + ROWS + "Amount(d.projectId, d.date, d.amount, d.currency) from Disbursement d"
                + (from == null ? "" : " where d.date between :from and :to"), Amount.class).setHint(FETCH_SIZE, 2000);
        if (from != null) {
            query.setParameter("from", from).setParameter("to", to);
        }
        return query.getResultStream();
    }

    private Map<String, ReportRows.SectorName> sectorNames() {
        return em.createQuery("select " + ROWS + "SectorName(s.code, s.crsCode, s.nameVi, s.nameEn) from Sector s",
                ReportRows.SectorName.class).getResultStream().collect(Collectors.toMap(ReportRows.SectorName::code, s -> s));
    }

    private Map<String, Long> unitPopulations(int year) {
        return em.createQuery("select " + ROWS + "UnitPopulation(u.unit.code, u.population) from UnitPopulation u "
                        + "where u.year = :y", ReportRows.UnitPopulation.class).setParameter("y", year).getResultStream()
                .collect(Collectors.toMap(ReportRows.UnitPopulation::code, ReportRows.UnitPopulation::population));
    }

    private Map<String, String> unitNames() {
        return em.createQuery("select " + ROWS + "UnitName(a.code, a.name) from AdminUnit a", ReportRows.UnitName.class)
                .getResultStream().collect(Collectors.toMap(ReportRows.UnitName::code, ReportRows.UnitName::name));
    }

    private Map<Integer, NationalFigure> nationalFigures() {
        return NationalFigure.<NationalFigure>listAll().stream().collect(Collectors.toMap(f -> f.year, f -> f));
    }

    private static BigDecimal nationalPerCapita(NationalFigure f) {
        return f == null || f.ngoAidUsd == null ? null : perCapita(f.ngoAidUsd, f.population);
    }

    /** See {@link ReportArithmetic#provincePopulation}: the units valid on 31 December of the year. */
    private Population provincePopulation(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        String validAtEnd = "a.validFrom <= :end and (a.validTo is null or a.validTo >= :end)";
        List<ReportRows.Province> provinces = em.createQuery("select " + ROWS + "Province(a.id, a.code) from AdminUnit a "
                        + "where a.level = vn.vientro.reference.domain.AdminUnit.Level.PROVINCE and " + validAtEnd
                        + " order by a.code", ReportRows.Province.class)
                .setParameter("end", end).getResultList();
        // figures of the year for the provinces themselves and for units directly under a province
        List<ReportRows.PopulationFigure> figures = em.createQuery("select " + ROWS + "PopulationFigure(a.id, pa.id, a.code, "
                        + "u.population, u.source) from UnitPopulation u "
                        + "join u.unit a left join a.parent pa where u.year = :y and " + validAtEnd
                        + " and (a.level = vn.vientro.reference.domain.AdminUnit.Level.PROVINCE "
                        + "or pa.level = vn.vientro.reference.domain.AdminUnit.Level.PROVINCE) order by a.code",
                        ReportRows.PopulationFigure.class)
                .setParameter("y", year).setParameter("end", end).getResultList();
        return ReportArithmetic.provincePopulation(year, provinces, figures);
    }

    private Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    private long received(int year) {
        return em.createQuery("select count(p) from Proposal p where p.submittedAt >= :from and p.submittedAt < :to", Long.class)
                .setParameter("from", startOf(year))
                .setParameter("to", startOf(year + 1))
                .getSingleResult();
    }

    /** Proposals decided in the year by how they ended (approved by decision date; others when they were closed). */
    private Map<String, Long> outcomes(int year) {
        Map<String, Long> outcomes = new TreeMap<>();
        outcomes.put("proposalApproved", em.createQuery("select count(p) from Proposal p where p.status in :projects "
                        + "and p.decisionDate between :from and :to", Long.class).setParameter("projects", ProposalStatus.PROJECT)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getSingleResult());
        Map.of(ProposalStatus.REJECTED, "proposalRejected", ProposalStatus.WITHDRAWN, "proposalWithdrawn").forEach((status, end) -> {
            long closed = em.createQuery("select count(p) from Proposal p where p.status = :s and p.closedAt >= :from "
                            + "and p.closedAt < :to", Long.class).setParameter("s", status)
                    .setParameter("from", startOf(year)).setParameter("to", startOf(year + 1)).getSingleResult();
            if (closed > 0) {
                outcomes.put(end, closed);
            }
        });
        return outcomes;
    }

    /** Median and 90th percentile of working time per step, for tasks finished in the year; overdue counts. */
    private List<AnnualFigures.StepRow> stepStats(int year) {
        Map<String, Long> overdue = em.createQuery("select " + ROWS + "Count(e.taskKey, count(e)) from TaskEscalation e "
                        + "where e.escalatedAt >= :from and e.escalatedAt < :to group by e.taskKey", ReportRows.Count.class)
                .setParameter("from", startOf(year))
                .setParameter("to", startOf(year + 1))
                .getResultStream().collect(Collectors.toMap(ReportRows.Count::key, ReportRows.Count::count));
        List<ReportRows.FinishedTask> finished = em.createQuery("from ProcessStep s where s.processDefinitionKey = :key "
                        + "and s.activityType = 'userTask' and s.endedAt >= :from and s.endedAt < :to", ProcessStep.class)
                .setParameter("key", CamundaProposalProcess.PROCESS_KEY)
                .setParameter("from", startOf(year)).setParameter("to", startOf(year + 1)).getResultStream()
                .map(s -> new ReportRows.FinishedTask(s.processDefinitionId, s.activityId, s.durationMillis())).toList();
        return ReportArithmetic.steps(finished, overdue, task -> {
            var step = steps.of(task.processDefinitionId(), task.taskKey());
            return new ReportArithmetic.StepName(step.nameVi(), step.nameEn());
        });
    }
}
