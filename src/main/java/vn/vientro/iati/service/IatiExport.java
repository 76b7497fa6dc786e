package vn.vientro.iati.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.common.domain.DomainException;
import vn.vientro.iati.domain.IatiActivity;
import vn.vientro.iati.domain.IatiActivity.ActivityDate;
import vn.vientro.iati.domain.IatiActivity.Budget;
import vn.vientro.iati.domain.IatiActivity.DateType;
import vn.vientro.iati.domain.IatiActivity.Org;
import vn.vientro.iati.domain.IatiActivity.Role;
import vn.vientro.iati.domain.IatiActivity.SectorPart;
import vn.vientro.iati.domain.IatiActivity.Transaction;
import vn.vientro.iati.domain.IatiActivity.TransactionType;
import vn.vientro.project.domain.Amendment;
import vn.vientro.project.domain.Disbursement;
import vn.vientro.project.service.Projects;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.domain.SectorShare;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The province's projects as IATI 2.03 activities (mapping in docs/iati.md). What the standard cannot express is left
 * out rather than bent: a donor has no IATI identifier here, so it is named only; an actual start after the actual end
 * (aid recorded as started after the revocation) is not claimed.
 */
@ApplicationScoped
public class IatiExport {

    /** The donors are foreign NGOs: IATI OrganisationType 21, international NGO. */
    private static final String INTERNATIONAL_NGO = "21";

    @Inject
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    IatiSettings settings;

    @Inject
    Clock clock;

    /** One project, whatever it has become (running, revoked, closed); 404 if none, 409 if not a project. */
    @Transactional
    public List<IatiActivity> project(long id) {
        Proposal p = projects.find(id);
        Projects.requireProject(p, "only a project is published");
        return activities(List.of(p));
    }

    /**
     * The projects active in {@code year}, by the annual report's rule: approved by its end and planned to end after its
     * start, or with a disbursement in it. A year without any is 404: an IATI file holds at least one activity.
     */
    @Transactional
    public List<IatiActivity> year(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Proposal> active = em.createQuery("select p from Proposal p join fetch p.ngo join fetch p.aidOwnerUnit "
                        + "where p.status in :projects and p.decisionDate is not null and ((p.decisionDate <= :end "
                        + "and p.plannedEnd >= :start) or exists (select d.id from Disbursement d where d.projectId = p.id "
                        + "and d.date between :start and :end)) order by p.decisionDate, p.id", Proposal.class)
                .setParameter("projects", ProposalStatus.PROJECT).setParameter("start", start).setParameter("end", end)
                .getResultList();
        if (active.isEmpty()) {
            throw DomainException.notFound("Projects active in year", year);
        }
        return activities(active);
    }

    private List<IatiActivity> activities(List<Proposal> ps) {
        List<Long> ids = ps.stream().map(p -> p.id).toList();
        Map<Long, List<Disbursement>> disbursements = em.createQuery("from Disbursement d where d.projectId in :ids "
                        + "order by d.date, d.id", Disbursement.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(d -> d.projectId));
        Map<Long, List<Amendment>> amendments = em.createQuery("from Amendment a where a.projectId in :ids "
                        + "and a.status = :approved order by a.decisionDate, a.id", Amendment.class)
                .setParameter("ids", ids).setParameter("approved", Amendment.Status.APPROVED).getResultStream()
                .collect(Collectors.groupingBy(a -> a.projectId));
        LocalDate today = LocalDate.now(clock);
        return ps.stream().map(p -> activity(p, disbursements.getOrDefault(p.id, List.of()),
                amendments.getOrDefault(p.id, List.of()), today)).toList();
    }

    private IatiActivity activity(Proposal p, List<Disbursement> ledger, List<Amendment> amendments, LocalDate today) {
        IatiSettings.ReportingOrg province = settings.reportingOrg();
        boolean started = p.startConfirmedOn != null || !ledger.isEmpty();
        Instant lastUpdated = ledger.stream().map(d -> d.recordedAt).filter(t -> t != null && t.isAfter(p.updatedAt))
                .max(Comparator.naturalOrder()).orElse(p.updatedAt);
        // the description is typed in Vietnamese only; the English one is the kind and the English title
        String titleEn = blankToNull(p.titleEn);
        String descriptionVi = p.description == null || p.description.isBlank() ? p.kind.labelVi + ": " + p.titleVi
                : p.description.strip();
        String descriptionEn = titleEn == null ? null : p.kind.labelEn + ": " + titleEn;
        List<Org> orgs = List.of(
                new Org(Role.FUNDING, null, INTERNATIONAL_NGO, p.ngo.nameVi, p.ngo.name),
                new Org(Role.ACCOUNTABLE, province.ref(), province.type(), province.nameVi(), province.nameEn()),
                new Org(Role.IMPLEMENTING, null, null, p.aidOwnerUnit.nameVi, p.aidOwnerUnit.nameEn));
        return new IatiActivity(identifier(p.id), lastUpdated, p.currency, p.kind == AidKind.EMERGENCY_RELIEF,
                p.titleVi, titleEn, descriptionVi, descriptionEn, orgs,
                IatiActivity.Status.of(p.status, started, p.plannedEnd.isBefore(today)),
                dates(p, ledger, today), p.locations.stream().map(u -> new IatiActivity.Location(u.code, u.name)).toList(),
                sectors(p.sectors), budgets(p, amendments), transactions(p, ledger, amendments));
    }

    /** The reporting organisation's identifier and the project's id: stable, and free of the "/" a decision number has. */
    private String identifier(long projectId) {
        return settings.reportingOrg().ref() + "-" + projectId;
    }

    private static List<ActivityDate> dates(Proposal p, List<Disbursement> ledger, LocalDate today) {
        List<ActivityDate> dates = new ArrayList<>();
        dates.add(new ActivityDate(DateType.PLANNED_START, p.plannedStart));
        if (!p.plannedEnd.isBefore(p.plannedStart)) {
            dates.add(new ActivityDate(DateType.PLANNED_END, p.plannedEnd));
        }
        LocalDate actualEnd = p.status == ProposalStatus.CLOSED ? p.closedOn
                : p.status == ProposalStatus.REVOKED ? p.revocationDate : null;
        LocalDate actualStart = p.startConfirmedOn != null ? p.startConfirmedOn
                : ledger.stream().map(d -> d.date).min(Comparator.naturalOrder()).orElse(null);
        // an actual date is never in the future, and the start never after the end
        if (actualStart != null && !actualStart.isAfter(today) && (actualEnd == null || !actualStart.isAfter(actualEnd))) {
            dates.add(new ActivityDate(DateType.ACTUAL_START, actualStart));
        }
        if (actualEnd != null && !actualEnd.isAfter(today)) {
            dates.add(new ActivityDate(DateType.ACTUAL_END, actualEnd));
        }
        dates.sort(Comparator.comparing(d -> d.type().code));
        return dates;
    }

    /** Shares of sectors with the same CRS code are one IATI sector: the percentages per vocabulary still sum to 100. */
    private static List<SectorPart> sectors(List<SectorShare> shares) {
        Map<String, List<SectorShare>> byCrs = shares.stream().collect(Collectors.groupingBy(s -> s.sector.crsCode,
                LinkedHashMap::new, Collectors.toList()));
        return byCrs.entrySet().stream().map(e -> new SectorPart(e.getKey(),
                e.getValue().stream().map(s -> s.share).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros(),
                e.getValue().stream().map(s -> s.sector.nameVi).collect(Collectors.joining("; ")),
                e.getValue().stream().map(s -> s.sector.nameEn).collect(Collectors.joining("; ")))).toList();
    }

    /**
     * The approved amount over the planned period as the original budget; when amendments changed the amount or the
     * end, the project as it is now as the revised one. Both valued at the period's start.
     */
    private static List<Budget> budgets(Proposal p, List<Amendment> amendments) {
        LocalDate originalEnd = amendments.stream().filter(a -> a.newPlannedEnd != null).findFirst()
                .map(a -> a.previousPlannedEnd).orElse(p.plannedEnd);
        BigDecimal original = originalCommitment(p, amendments);
        List<Budget> budgets = new ArrayList<>();
        if (!originalEnd.isBefore(p.plannedStart)) {
            budgets.add(new Budget(false, p.plannedStart, originalEnd, original, p.plannedStart));
        }
        if (!amendments.isEmpty() && (original.compareTo(p.committedAmount) != 0 || !originalEnd.equals(p.plannedEnd))
                && !p.plannedEnd.isBefore(p.plannedStart)) {
            budgets.add(new Budget(true, p.plannedStart, p.plannedEnd, p.committedAmount, p.plannedStart));
        }
        return budgets;
    }

    /** The amount approved by the decision: today's less every approved amendment's change. */
    private static BigDecimal originalCommitment(Proposal p, List<Amendment> amendments) {
        return amendments.stream().filter(a -> a.newAmount != null).map(a -> a.newAmount.subtract(a.previousAmount))
                .reduce(p.committedAmount, BigDecimal::subtract);
    }

    /**
     * The commitment on the decision date, each approved change of the amount as a further (possibly negative)
     * commitment on its own decision's date, and the ledger's entries as disbursements as recorded, reversals included
     * (negative), each in its own currency on its own date. Notes and reasons are internal and stay out.
     */
    private static List<Transaction> transactions(Proposal p, List<Disbursement> ledger, List<Amendment> amendments) {
        List<Transaction> out = new ArrayList<>();
        out.add(new Transaction(TransactionType.COMMITMENT, p.decisionNumber, p.decisionDate,
                originalCommitment(p, amendments), p.currency));
        amendments.stream().filter(a -> a.newAmount != null && a.newAmount.compareTo(a.previousAmount) != 0)
                .forEach(a -> out.add(new Transaction(TransactionType.COMMITMENT, a.decisionNumber, a.decisionDate,
                        a.newAmount.subtract(a.previousAmount), p.currency)));
        ledger.forEach(d -> out.add(new Transaction(TransactionType.DISBURSEMENT, blankToNull(d.reference), d.date,
                d.amount, d.currency)));
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
