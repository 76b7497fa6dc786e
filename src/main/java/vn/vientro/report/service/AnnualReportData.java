package vn.vientro.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.vientro.indicator.domain.NationalFigure;
import vn.vientro.indicator.service.CurrencyConverter;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.workflow.CamundaProposalProcess;
import vn.vientro.workflow.StepDefinitions;
import vn.vientro.workflow.domain.ProcessStep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.*;
import java.util.stream.Collectors;

/**
 * Computes the annual report's figures from our tables only (step durations from {@link ProcessStep}, which the
 * engine's history cleanup does not touch).
 * Every amount is converted to USD at its own date before anything is written, so a missing rate fails
 * the request (422) instead of producing a wrong workbook.
 *
 * Conventions (also printed in the Notes sheet): a commitment counts in the year of the approval decision;
 * a project is active in a year when approved by its end and planned to end after its start, or when it
 * had disbursements in it; sector figures are split by the sector shares, location figures equally among
 * the project's locations; the province's population is that of its province-level unit valid at year end, or the sum of its
 * units' populations where the province itself has no figure for the year.
 */
@ApplicationScoped
public class AnnualReportData {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int TREND_YEARS = 10;
    /** Streams read the database in chunks: PostgreSQL's driver otherwise loads a whole result at once. */
    private static final String FETCH_SIZE = "org.hibernate.fetchSize";

    @Inject
    EntityManager em;

    @Inject
    CurrencyConverter converter;

    @Inject
    StepDefinitions steps;

    /** Years begin at midnight in the province, not in the server's zone. */
    @jakarta.inject.Inject
    @vn.vientro.common.ProvinceZone
    ZoneId zone;

    private Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    /** Per project: its base data and its sums, filled while streaming the tables once. */
    private static final class Project {
        long id;
        String titleVi;
        String titleEn;
        String ngoName;
        String ngoCountry;
        long ngoId;
        LocalDate decisionDate;
        LocalDate plannedEnd;
        BigDecimal committed;
        String currency;
        BigDecimal committedUsd = BigDecimal.ZERO;     // as of the end of the report year
        BigDecimal committedInYearUsd = BigDecimal.ZERO;
        BigDecimal inYearUsd = BigDecimal.ZERO;
        BigDecimal toDateUsd = BigDecimal.ZERO;
        boolean disbursedInYear;
        final Map<String, BigDecimal> sectorShares = new LinkedHashMap<>();
        final List<String> locations = new ArrayList<>();
    }

    public record Prepared(AnnualFigures figures, List<AnnualFigures.ProjectRow> projects) {
    }

    /** One year of a period report. Per-capita values are null where the population is unknown. */
    public record YearRow(int year, long received, long approved, BigDecimal committedUsd, BigDecimal disbursedUsd,
                          Long population, BigDecimal perCapita, BigDecimal nationalPerCapita) {
    }

    /** The indicator for each year of a programme period (e.g. 2013–2017), one pass over the data. */
    public List<YearRow> series(int from, int to) {
        CurrencyConverter.Rates rates = converter.rates();
        Map<Integer, BigDecimal> committed = new TreeMap<>();
        Map<Integer, Long> approved = new TreeMap<>();
        // the original commitment: today's amount less every approved amendment (counted in its own year below)
        em.createQuery("select p.decisionDate, p.committedAmount - coalesce((select sum(a.newAmount - a.previousAmount) "
                        + "from Amendment a where a.projectId = p.id and a.newAmount is not null "
                        + "and a.status = vn.vientro.project.domain.Amendment.Status.APPROVED), 0), p.currency "
                        + "from Proposal p where p.status = :approved and p.decisionDate between :from and :to", Object[].class)
                .setParameter("approved", ProposalStatus.APPROVED).setParameter("from", LocalDate.of(from, 1, 1))
                .setParameter("to", LocalDate.of(to, 12, 31)).getResultStream().forEach(r -> {
                    LocalDate day = (LocalDate) r[0];
                    committed.merge(day.getYear(), rates.toUsd((BigDecimal) r[1], (String) r[2], day), BigDecimal::add);
                    approved.merge(day.getYear(), 1L, Long::sum);
                });
        // approved amendments change the commitment in the year of their own decision
        em.createQuery("select a.decisionDate, a.newAmount - a.previousAmount, p.currency from Amendment a, Proposal p "
                        + "where p.id = a.projectId and a.status = vn.vientro.project.domain.Amendment.Status.APPROVED "
                        + "and a.newAmount is not null and a.decisionDate between :from and :to", Object[].class)
                .setParameter("from", LocalDate.of(from, 1, 1)).setParameter("to", LocalDate.of(to, 12, 31))
                .getResultList().forEach(r -> {
                    LocalDate day = (LocalDate) r[0];
                    committed.merge(day.getYear(), rates.toUsd((BigDecimal) r[1], (String) r[2], day), BigDecimal::add);
                });
        Map<Integer, BigDecimal> disbursed = new TreeMap<>();
        em.createQuery("select d.date, d.amount, d.currency from Disbursement d where d.date between :from and :to",
                        Object[].class).setParameter("from", LocalDate.of(from, 1, 1)).setParameter("to", LocalDate.of(to, 12, 31))
                .setHint(FETCH_SIZE, 2000).getResultStream().forEach(r -> {
                    LocalDate day = (LocalDate) r[0];
                    disbursed.merge(day.getYear(), rates.toUsd((BigDecimal) r[1], (String) r[2], day), BigDecimal::add);
                });
        rates.requireComplete();
        Map<Integer, NationalFigure> national = NationalFigure.<NationalFigure>listAll().stream()
                .collect(Collectors.toMap(f -> f.year, f -> f));
        List<YearRow> rows = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            Long people = provincePopulation(y).people();
            BigDecimal usd = disbursed.getOrDefault(y, BigDecimal.ZERO);
            rows.add(new YearRow(y, received(y), approved.getOrDefault(y, 0L), committed.getOrDefault(y, BigDecimal.ZERO),
                    usd, people, perCapita(usd, people), nationalPerCapita(national.get(y))));
        }
        return rows;
    }

    public Prepared prepare(int year, boolean english) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        CurrencyConverter.Rates rates = converter.rates();

        Map<Long, Project> projects = new LinkedHashMap<>();
        em.createQuery("select p.id, p.titleVi, p.titleEn, n.name, n.country, n.id, p.decisionDate, p.plannedEnd, "
                        + "p.committedAmount, p.currency from Proposal p join p.ngo n where p.status = :approved "
                        + "and p.decisionDate is not null order by p.decisionDate, p.id", Object[].class)
                .setParameter("approved", ProposalStatus.APPROVED).setHint(FETCH_SIZE, 2000).getResultStream().forEach(r -> {
                    Project p = new Project();
                    p.id = (Long) r[0];
                    p.titleVi = (String) r[1];
                    p.titleEn = (String) r[2];
                    p.ngoName = (String) r[3];
                    p.ngoCountry = (String) r[4];
                    p.ngoId = (Long) r[5];
                    p.decisionDate = (LocalDate) r[6];
                    p.plannedEnd = (LocalDate) r[7];
                    p.committed = (BigDecimal) r[8];
                    p.currency = (String) r[9];
                    projects.put(p.id, p);
                });
        em.createQuery("select p.id, s.sector.code, s.share from Proposal p join p.sectors s where p.status = :approved",
                        Object[].class).setParameter("approved", ProposalStatus.APPROVED).getResultStream()
                .forEach(r -> Optional.ofNullable(projects.get((Long) r[0]))
                        .ifPresent(p -> p.sectorShares.put((String) r[1], (BigDecimal) r[2])));
        em.createQuery("select p.id, l.code from Proposal p join p.locations l where p.status = :approved", Object[].class)
                .setParameter("approved", ProposalStatus.APPROVED).getResultStream()
                .forEach(r -> Optional.ofNullable(projects.get((Long) r[0])).ifPresent(p -> p.locations.add((String) r[1])));

        applyAmendments(projects, rates, year);

        Map<Integer, BigDecimal> disbursedByYear = new TreeMap<>();
        em.createQuery("select d.projectId, d.date, d.amount, d.currency from Disbursement d", Object[].class)
                .setHint(FETCH_SIZE, 2000).getResultStream().forEach(r -> {
                    LocalDate date = (LocalDate) r[1];
                    BigDecimal usd = rates.toUsd((BigDecimal) r[2], (String) r[3], date);
                    disbursedByYear.merge(date.getYear(), usd, BigDecimal::add);
                    Project p = projects.get((Long) r[0]);
                    if (p != null && !date.isAfter(end)) {
                        p.toDateUsd = p.toDateUsd.add(usd);
                        if (date.getYear() == year) {
                            p.inYearUsd = p.inYearUsd.add(usd);
                            p.disbursedInYear = true;
                        }
                    }
                });
        rates.requireComplete();

        List<Project> active = projects.values().stream().filter(p -> p.disbursedInYear
                || (!p.decisionDate.isAfter(end) && !p.plannedEnd.isBefore(start))).toList();
        BigDecimal committedUsd = sum(projects.values().stream().map(p -> p.committedInYearUsd).toList());
        BigDecimal disbursedUsd = disbursedByYear.getOrDefault(year, BigDecimal.ZERO);
        BigDecimal previous = disbursedByYear.getOrDefault(year - 1, BigDecimal.ZERO);
        Population population = provincePopulation(year);
        Map<Integer, NationalFigure> national = NationalFigure.<NationalFigure>listAll().stream()
                .collect(Collectors.toMap(f -> f.year, f -> f));
        BigDecimal nationalPerCapita = nationalPerCapita(national.get(year));
        BigDecimal perCapita = perCapita(disbursedUsd, population.people());

        Map<String, Long> outcomes = outcomes(year);
        var summary = new AnnualFigures.Summary(received(year), outcomes.getOrDefault("proposalApproved", 0L),
                outcomes.getOrDefault("proposalRejected", 0L), outcomes.getOrDefault("proposalWithdrawn", 0L),
                active.size(), committedUsd, disbursedUsd, population.people(), perCapita,
                perCapita(committedUsd, population.people()), nationalPerCapita,
                perCapita == null || nationalPerCapita == null || nationalPerCapita.signum() == 0 ? null
                        : perCapita.divide(nationalPerCapita, 4, RoundingMode.HALF_EVEN),
                previous, previous.signum() == 0 ? null
                        : disbursedUsd.subtract(previous).divide(previous, 4, RoundingMode.HALF_EVEN));

        List<AnnualFigures.TrendRow> trend = new ArrayList<>();
        for (int y = year - TREND_YEARS + 1; y <= year; y++) {
            Long people = provincePopulation(y).people();
            BigDecimal usd = disbursedByYear.getOrDefault(y, BigDecimal.ZERO);
            trend.add(new AnnualFigures.TrendRow(y, usd, people, perCapita(usd, people), nationalPerCapita(national.get(y))));
        }

        List<AnnualFigures.ProjectRow> rows = active.stream().map(p -> new AnnualFigures.ProjectRow(p.id,
                english && p.titleEn != null ? p.titleEn : p.titleVi, p.ngoName, p.decisionDate, p.plannedEnd,
                p.committed, p.currency, p.committedUsd, p.inYearUsd, p.toDateUsd,
                p.committedUsd.subtract(p.toDateUsd))).toList();

        var figures = new AnnualFigures(year, summary, bySector(active, english), byDonor(active),
                byLocation(active, year), new AnnualFigures.Workflow(outcomes, stepStats(year)), trend, rates.used(),
                population.sources());
        return new Prepared(figures, rows);
    }

    /**
     * A commitment counts in the year of its decision, and each approved amendment's change in the year of
     * the amendment's decision. The project row stores today's amount, so the original is today's amount
     * less every approved change; the report year sees the original plus the changes decided by its end.
     */
    private void applyAmendments(Map<Long, Project> projects, CurrencyConverter.Rates rates, int year) {
        Map<Long, List<Object[]>> changes = new HashMap<>();
        em.createQuery("select a.projectId, a.decisionDate, a.newAmount - a.previousAmount from Amendment a "
                        + "where a.status = vn.vientro.project.domain.Amendment.Status.APPROVED and a.newAmount is not null",
                        Object[].class).getResultList()
                .forEach(r -> changes.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        LocalDate end = LocalDate.of(year, 12, 31);
        for (Project p : projects.values()) {
            List<Object[]> list = changes.getOrDefault(p.id, List.of());
            BigDecimal original = p.committed.subtract(sum(list.stream().map(r -> (BigDecimal) r[2]).toList()));
            BigDecimal asOfEnd = original;
            BigDecimal usd = rates.toUsd(original, p.currency, p.decisionDate);
            BigDecimal inYearUsd = p.decisionDate.getYear() == year ? usd : BigDecimal.ZERO;
            for (Object[] change : list) {
                LocalDate date = (LocalDate) change[1];
                if (date.isAfter(end)) {
                    continue;
                }
                BigDecimal delta = (BigDecimal) change[2];
                BigDecimal deltaUsd = rates.toUsd(delta, p.currency, date);
                asOfEnd = asOfEnd.add(delta);
                usd = usd.add(deltaUsd);
                if (date.getYear() == year) {
                    inYearUsd = inYearUsd.add(deltaUsd);
                }
            }
            p.committed = asOfEnd;
            p.committedUsd = usd;
            p.committedInYearUsd = inYearUsd;
        }
    }

    private List<AnnualFigures.GroupRow> bySector(List<Project> active, boolean english) {
        Map<String, String[]> names = new HashMap<>();
        em.createQuery("select s.code, s.crsCode, s.nameVi, s.nameEn from Sector s", Object[].class).getResultList()
                .forEach(r -> names.put((String) r[0], new String[]{(String) r[1], (String) (english ? r[3] : r[2])}));
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (Project p : active) {
            p.sectorShares.forEach((code, share) -> {
                BigDecimal fraction = share.divide(HUNDRED, 6, RoundingMode.HALF_EVEN);
                BigDecimal[] s = sums.computeIfAbsent(code, c -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(p.committedInYearUsd.multiply(fraction));
                s[1] = s[1].add(p.inYearUsd.multiply(fraction));
                counts.merge(code, 1L, Long::sum);
            });
        }
        return sums.entrySet().stream().map(e -> new AnnualFigures.GroupRow(e.getKey(),
                names.getOrDefault(e.getKey(), new String[]{"", e.getKey()})[1],
                names.getOrDefault(e.getKey(), new String[]{"", ""})[0], counts.get(e.getKey()),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    private List<AnnualFigures.GroupRow> byDonor(List<Project> active) {
        Map<Long, List<Project>> byNgo = active.stream().collect(Collectors.groupingBy(p -> p.ngoId, TreeMap::new,
                Collectors.toList()));
        return byNgo.values().stream().map(list -> new AnnualFigures.GroupRow(String.valueOf(list.get(0).ngoId),
                        list.get(0).ngoName, list.get(0).ngoCountry, list.size(),
                        sum(list.stream().map(p -> p.committedInYearUsd).toList()),
                        sum(list.stream().map(p -> p.inYearUsd).toList())))
                .sorted(Comparator.comparing(AnnualFigures.GroupRow::disbursedUsd).reversed()).toList();
    }

    private List<AnnualFigures.LocationRow> byLocation(List<Project> active, int year) {
        Map<String, BigDecimal> disbursed = new TreeMap<>();
        for (Project p : active) {
            if (p.locations.isEmpty()) {
                continue;
            }
            BigDecimal part = p.inYearUsd.divide(BigDecimal.valueOf(p.locations.size()), 6, RoundingMode.HALF_EVEN);
            p.locations.forEach(code -> disbursed.merge(code, part, BigDecimal::add));
        }
        Map<String, Long> population = new HashMap<>();
        em.createQuery("select u.unit.code, u.population from UnitPopulation u where u.year = :y", Object[].class)
                .setParameter("y", year).getResultList().forEach(r -> population.put((String) r[0], (Long) r[1]));
        Map<String, String> names = new HashMap<>();
        em.createQuery("select a.code, a.name from AdminUnit a", Object[].class).getResultList()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        return disbursed.entrySet().stream().map(e -> {
            Long people = population.get(e.getKey());
            return new AnnualFigures.LocationRow(e.getKey(), names.get(e.getKey()), people, e.getValue(),
                    perCapita(e.getValue(), people));
        }).toList();
    }

    private record Population(Long people, List<String> sources) {
    }

    /**
     * The province's population in a year: for each province-level unit valid on 31 December, its own figure for
     * the year or, when it has none, the sum of its direct subunits (districts, communes) valid that day that have
     * one; the sources say which figures were summed. No figure at all gives {@code null} ("no data").
     */
    private Population provincePopulation(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        String validAtEnd = "a.validFrom <= :end and (a.validTo is null or a.validTo >= :end)";
        List<Object[]> provinces = em.createQuery("select a.id, a.code from AdminUnit a "
                        + "where a.level = vn.vientro.reference.domain.AdminUnit.Level.PROVINCE and " + validAtEnd
                        + " order by a.code", Object[].class)
                .setParameter("end", end).getResultList();
        // figures of the year for the provinces themselves and for units directly under a province
        List<Object[]> figures = em.createQuery("select a.id, pa.id, a.code, u.population, u.source from UnitPopulation u "
                        + "join u.unit a left join a.parent pa where u.year = :y and " + validAtEnd
                        + " and (a.level = vn.vientro.reference.domain.AdminUnit.Level.PROVINCE "
                        + "or pa.level = vn.vientro.reference.domain.AdminUnit.Level.PROVINCE) order by a.code", Object[].class)
                .setParameter("y", year).setParameter("end", end).getResultList();
        long people = 0;
        boolean any = false;
        List<String> sources = new ArrayList<>();
        for (Object[] province : provinces) {
            Object id = province[0];
            List<Object[]> own = figures.stream().filter(f -> id.equals(f[0])).toList();
            if (!own.isEmpty()) {
                people += (Long) own.get(0)[3];
                sources.add(year + ": " + own.get(0)[4]);
                any = true;
                continue;
            }
            List<Object[]> units = figures.stream().filter(f -> id.equals(f[1])).toList();
            if (!units.isEmpty()) {
                people += units.stream().mapToLong(f -> (Long) f[3]).sum();
                sources.add(year + ": " + province[1] + " = tổng dân số " + units.size() + " đơn vị / sum of "
                        + units.size() + " units (" + units.stream().map(f -> f[2] + " " + f[3])
                        .collect(Collectors.joining(", ")) + "): "
                        + units.stream().map(f -> (String) f[4]).distinct().collect(Collectors.joining("; ")));
                any = true;
            }
        }
        return any ? new Population(people, sources) : new Population(null, List.of());
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
        outcomes.put("proposalApproved", em.createQuery("select count(p) from Proposal p where p.status = :s "
                        + "and p.decisionDate between :from and :to", Long.class).setParameter("s", ProposalStatus.APPROVED)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getSingleResult());
        em.createQuery("select p.status, count(p) from Proposal p where p.status in :closed and p.closedAt >= :from "
                        + "and p.closedAt < :to group by p.status", Object[].class)
                .setParameter("closed", List.of(ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN))
                .setParameter("from", startOf(year)).setParameter("to", startOf(year + 1))
                .getResultList().forEach(r -> outcomes.put(r[0] == ProposalStatus.REJECTED ? "proposalRejected"
                        : "proposalWithdrawn", (Long) r[1]));
        return outcomes;
    }

    /** Median and 90th percentile of working time per step, for tasks finished in the year; overdue counts. */
    private List<AnnualFigures.StepRow> stepStats(int year) {
        Map<String, List<ProcessStep>> byKey = em.createQuery("from ProcessStep s where s.processDefinitionKey = :key "
                        + "and s.activityType = 'userTask' and s.endedAt >= :from and s.endedAt < :to", ProcessStep.class)
                .setParameter("key", CamundaProposalProcess.PROCESS_KEY)
                .setParameter("from", startOf(year)).setParameter("to", startOf(year + 1))
                .getResultList().stream()
                .collect(Collectors.groupingBy(s -> s.activityId, TreeMap::new, Collectors.toList()));
        Map<String, Long> overdue = new HashMap<>();
        em.createQuery("select e.taskKey, count(e) from TaskEscalation e where e.escalatedAt >= :from and e.escalatedAt < :to "
                        + "group by e.taskKey", Object[].class)
                .setParameter("from", startOf(year))
                .setParameter("to", startOf(year + 1))
                .getResultList().forEach(r -> overdue.put((String) r[0], (Long) r[1]));
        List<AnnualFigures.StepRow> rows = new ArrayList<>();
        byKey.forEach((key, tasks) -> {
            double[] days = tasks.stream().mapToDouble(t -> t.durationMillis() / 86_400_000.0).sorted().toArray();
            var step = steps.of(tasks.get(0).processDefinitionId, key);
            rows.add(new AnnualFigures.StepRow(key, step.nameVi(), step.nameEn(), tasks.size(), percentile(days, 0.5),
                    percentile(days, 0.9), overdue.getOrDefault(key, 0L)));
        });
        overdue.forEach((key, count) -> {
            if (!byKey.containsKey(key)) {
                rows.add(new AnnualFigures.StepRow(key, key, key, 0, null, null, count));
            }
        });
        return rows;
    }

    /** Nearest-rank percentile; null for no data. */
    static Double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static BigDecimal nationalPerCapita(NationalFigure f) {
        return f == null || f.ngoAidUsd == null ? null : perCapita(f.ngoAidUsd, f.population);
    }

    static BigDecimal perCapita(BigDecimal usd, Long people) {
        return people == null || people == 0 ? null : usd.divide(BigDecimal.valueOf(people), 6, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
