package vn.vientro.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.vientro.indicator.service.CurrencyConverter;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.report.service.MinistryFigures.Change;
import vn.vientro.report.service.MinistryFigures.ChangeKind;
import vn.vientro.report.service.ReportRows.Amount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the ministry report of a year: the annual report's figures ({@link AnnualReportData}, so the two never
 * disagree) and the year's changes and amounts by currency, from our tables. A revocation counts in the year of its
 * decision (REVOKED, revocation date), a closure in the year it was closed (CLOSED, closed on); both projects keep
 * their approval and figures as a running one does.
 */
@ApplicationScoped
public class MinistryReportData {

    private static final String ROWS = "new vn.vientro.report.service.ReportRows$";
    private static final String APPROVED_AMENDMENT = "a.status = vn.vientro.project.domain.Amendment.Status.APPROVED";

    @Inject
    EntityManager em;

    @Inject
    AnnualReportData annualData;

    @Inject
    CurrencyConverter converter;

    /** A project of the year's list with what the by-currency sums need. */
    record Project(long id, String titleVi, String titleEn, long ngoId, String ngoVi, String ngo, String currency,
                   LocalDate decisionDate, String decisionNumber, BigDecimal committedToday, ProposalStatus status,
                   LocalDate revocationDate, String revocationNumber, LocalDate closedOn) {
    }

    public MinistryFigures prepare(int year) {
        AnnualReportData.Prepared annual = annualData.prepare(year);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        CurrencyConverter.Rates rates = converter.rates();

        Map<Long, Project> projects = em.createQuery("select p.id, p.titleVi, p.titleEn, n.id, n.nameVi, n.name, p.currency, "
                        + "p.decisionDate, p.decisionNumber, p.committedAmount, p.status, p.revocationDate, p.revocationNumber, "
                        + "p.closedOn from Proposal p join p.ngo n "
                        + "where p.status in :projects and p.decisionDate is not null", Object[].class)
                .setParameter("projects", ProposalStatus.PROJECT).getResultStream()
                .map(r -> new Project((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4], (String) r[5],
                        (String) r[6], (LocalDate) r[7], (String) r[8], (BigDecimal) r[9], (ProposalStatus) r[10],
                        (LocalDate) r[11], (String) r[12], (LocalDate) r[13]))
                .collect(Collectors.toMap(Project::id, p -> p));
        List<Object[]> amendments = em.createQuery("select a.projectId, a.decisionDate, a.decisionNumber, "
                + "a.newAmount - a.previousAmount from Amendment a where " + APPROVED_AMENDMENT, Object[].class).getResultList();
        Map<Long, BigDecimal> allChanges = new HashMap<>();
        amendments.stream().filter(a -> a[3] != null)
                .forEach(a -> allChanges.merge((Long) a[0], (BigDecimal) a[3], BigDecimal::add));

        // the year's changes: approvals (their original commitment), amendments decided in it
        List<Change> changes = new ArrayList<>();
        Map<Long, BigDecimal> committedInYear = new HashMap<>();
        for (Project p : projects.values()) {
            if (p.decisionDate().getYear() == year) {
                BigDecimal original = p.committedToday().subtract(allChanges.getOrDefault(p.id(), BigDecimal.ZERO));
                changes.add(change(ChangeKind.APPROVED, p, p.decisionDate(), p.decisionNumber(), original, rates));
                committedInYear.merge(p.id(), original, BigDecimal::add);
            }
            // revoked and closed: no amount changes hands, the commitment stays as decided
            if (p.status() == ProposalStatus.REVOKED && p.revocationDate() != null && p.revocationDate().getYear() == year) {
                changes.add(change(ChangeKind.REVOKED, p, p.revocationDate(), p.revocationNumber(), null, rates));
            }
            if (p.status() == ProposalStatus.CLOSED && p.closedOn() != null && p.closedOn().getYear() == year) {
                changes.add(change(ChangeKind.CLOSED, p, p.closedOn(), null, null, rates));
            }
        }
        for (Object[] a : amendments) {
            Project p = projects.get((Long) a[0]);
            LocalDate date = (LocalDate) a[1];
            if (p == null || date == null || date.isBefore(start) || date.isAfter(end)) {
                continue;
            }
            BigDecimal delta = (BigDecimal) a[3];
            changes.add(change(ChangeKind.AMENDED, p, date, (String) a[2], delta, rates));
            if (delta != null) {
                committedInYear.merge(p.id(), delta, BigDecimal::add);
            }
        }
        changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::date).thenComparing(Change::projectId));

        // the year's disbursements per project, in its currency
        Map<Long, List<Amount>> disbursed = em.createQuery("select " + ROWS + "Amount(d.projectId, d.date, d.amount, d.currency) "
                        + "from Disbursement d where d.date between :from and :to", Amount.class)
                .setParameter("from", start).setParameter("to", end).getResultStream()
                .collect(Collectors.groupingBy(Amount::projectId));

        // by currency: the projects of the annual report's list (the active ones), split as it splits them
        Set<Long> active = annual.projects().stream().map(AnnualFigures.ProjectRow::id).collect(Collectors.toSet());
        Map<Long, Map<String, BigDecimal>> shares = new HashMap<>();
        em.createQuery("select " + ROWS + "SectorShare(p.id, s.sector.code, s.share) from Proposal p join p.sectors s "
                        + "where p.id in :ids", ReportRows.SectorShare.class).setParameter("ids", ids(active)).getResultStream()
                .forEach(s -> shares.computeIfAbsent(s.projectId(), k -> new LinkedHashMap<>()).put(s.sectorCode(), s.share()));
        Map<Long, List<String>> locations = new HashMap<>();
        em.createQuery("select " + ROWS + "Location(p.id, l.code) from Proposal p join p.locations l where p.id in :ids",
                        ReportRows.Location.class).setParameter("ids", ids(active)).getResultStream()
                .forEach(l -> locations.computeIfAbsent(l.projectId(), k -> new ArrayList<>()).add(l.unitCode()));

        List<ReportArithmetic.ProjectAmounts> amounts = new ArrayList<>();
        for (long id : active) {
            Project p = projects.get(id);
            BigDecimal committed = committedInYear.getOrDefault(id, BigDecimal.ZERO);
            // USD of the commitment as the annual report counts it: each part on its own day
            BigDecimal committedUsd = changes.stream().filter(c -> c.projectId() == id && c.usd() != null)
                    .map(Change::usd).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Amount> paid = disbursed.getOrDefault(id, List.of());
            BigDecimal paidOriginal = paid.stream().map(Amount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal paidUsd = paid.stream().map(d -> rates.toUsd(d.amount(), d.currency(), d.date()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            amounts.add(new ReportArithmetic.ProjectAmounts(String.valueOf(p.ngoId()), p.ngoVi(), p.ngo(), p.currency(),
                    committed, committedUsd, paidOriginal, paidUsd, shares.getOrDefault(id, Map.of()),
                    locations.getOrDefault(id, List.of())));
        }
        rates.requireComplete();

        var sectorNames = em.createQuery("select " + ROWS + "SectorName(s.code, s.crsCode, s.nameVi, s.nameEn) from Sector s",
                ReportRows.SectorName.class).getResultStream().collect(Collectors.toMap(ReportRows.SectorName::code, s -> s));
        var unitNames = em.createQuery("select " + ROWS + "UnitName(a.code, a.name) from AdminUnit a", ReportRows.UnitName.class)
                .getResultStream().collect(Collectors.toMap(ReportRows.UnitName::code, ReportRows.UnitName::name));

        var summary = annual.figures().summary();
        long count = changes.stream().filter(c -> c.kind() == ChangeKind.APPROVED).count();
        var headline = new MinistryFigures.Headline(count,
                changes.stream().filter(c -> c.kind() == ChangeKind.AMENDED).count(),
                changes.stream().filter(c -> c.kind() == ChangeKind.REVOKED).count(),
                changes.stream().filter(c -> c.kind() == ChangeKind.CLOSED).count(),
                summary.activeProjects(), annual.figures().byDonor().size(), summary.committedUsd(), summary.disbursedUsd());
        return new MinistryFigures(year, headline, List.copyOf(changes),
                ReportArithmetic.byCurrency(amounts, sectorNames, unitNames), annual);
    }

    private static Change change(ChangeKind kind, Project p, LocalDate date, String number, BigDecimal amount,
                                 CurrencyConverter.Rates rates) {
        return new Change(kind, p.id(), p.titleVi(), p.titleEn(), p.ngoVi(), p.ngo(), date, number, amount, p.currency(),
                amount == null ? null : rates.toUsd(amount, p.currency(), date));
    }

    /** An "in" list that is never empty (an empty one is not valid JPQL everywhere). */
    private static Set<Long> ids(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }
}
