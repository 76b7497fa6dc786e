package vn.vientro.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.common.ProvinceZone;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.reporting.domain.ReportKind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether the aid owners sent the reports they owed in a year (Decree 80/2020 Art. 14(4)), for leadership and the
 * ministry: each obligation due in the year, by the date its first report was sent. A corrected report does not
 * make a report late or on time again: the first submission is when the aid owner reported. An obligation due after
 * its project was revoked or closed, with no report sent, is no longer owed and is left out. The definition is in
 * docs/domain.md ("Reporting compliance").
 */
@ApplicationScoped
public class ReportingCompliance {

    /** Where one obligation due in the year stands on the day asked. */
    public enum Status {
        ON_TIME("Nộp đúng hạn", "Received on time"),
        LATE("Nộp muộn", "Received late"),
        MISSING("Quá hạn, chưa nộp", "Missing"),
        NOT_YET_DUE("Chưa đến hạn", "Not yet due");

        public final String labelVi;
        public final String labelEn;

        Status(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }

        static Status of(LocalDate dueDate, LocalDate firstSubmitted, LocalDate today) {
            if (firstSubmitted != null) {
                return firstSubmitted.isAfter(dueDate) ? LATE : ON_TIME;
            }
            return today.isAfter(dueDate) ? MISSING : NOT_YET_DUE;
        }
    }

    /** How many obligations were due, and how many of them stand at each status. */
    public record Counts(long due, long onTime, long late, long missing, long notYetDue) {

        static Counts of(List<Row> rows) {
            Map<Status, Long> by = rows.stream().collect(Collectors.groupingBy(Row::status, () -> new EnumMap<>(Status.class),
                    Collectors.counting()));
            return new Counts(rows.size(), by.getOrDefault(Status.ON_TIME, 0L), by.getOrDefault(Status.LATE, 0L),
                    by.getOrDefault(Status.MISSING, 0L), by.getOrDefault(Status.NOT_YET_DUE, 0L));
        }
    }

    public record KindRow(ReportKind kind, String nameVi, String nameEn, Counts counts) {
    }

    public record AidOwnerRow(String code, String nameVi, String nameEn, Counts counts) {
    }

    /** One obligation due in the year; {@code submittedOn} is the day its first report was sent (province time). */
    public record Row(long obligationId, long projectId, String titleVi, String titleEn, String aidOwnerCode,
                      String aidOwnerVi, String aidOwnerEn, ReportKind kind, LocalDate periodStart, LocalDate periodEnd,
                      LocalDate dueDate, LocalDate submittedOn, Status status) {
    }

    /**
     * A year's compliance on {@code asOf} (today in the province): the totals, by kind (every kind, in the calendar's
     * order), by aid owner (by code) and each obligation (by due date, project, kind).
     */
    public record Compliance(int year, LocalDate asOf, Counts totals, List<KindRow> byKind, List<AidOwnerRow> byAidOwner,
                             List<Row> obligations) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ProvinceZone
    ZoneId zone;

    @Transactional
    public Compliance of(int year) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<Object[]> read = em.createQuery("select o.id, p.id, p.titleVi, p.titleEn, u.code, u.nameVi, u.nameEn, o.kind, "
                        + "o.periodStart, o.periodEnd, o.dueDate, (select min(r.submittedAt) from AidReport r where r.obligationId = o.id), "
                        + "p.status, p.revocationDate, p.closedOn "
                        + "from ReportObligation o, Proposal p join p.aidOwnerUnit u where p.id = o.projectId "
                        + "and o.dueDate between :from and :to", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
        List<Row> rows = new ArrayList<>();
        for (Object[] r : read) {
            LocalDate due = (LocalDate) r[10];
            Instant first = (Instant) r[11];
            if (first == null && noLongerOwed(due, (ProposalStatus) r[12], (LocalDate) r[13], (LocalDate) r[14])) {
                continue;
            }
            LocalDate submittedOn = first == null ? null : LocalDate.ofInstant(first, zone);
            rows.add(new Row((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (ReportKind) r[7], (LocalDate) r[8], (LocalDate) r[9], due, submittedOn,
                    Status.of(due, submittedOn, today)));
        }
        rows.sort(Comparator.comparing(Row::dueDate).thenComparing(Row::projectId).thenComparing(Row::kind));

        Map<ReportKind, List<Row>> byKind = rows.stream().collect(Collectors.groupingBy(Row::kind));
        List<KindRow> kinds = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            kinds.add(new KindRow(kind, kind.labelVi, kind.labelEn, Counts.of(byKind.getOrDefault(kind, List.of()))));
        }
        Map<String, Row> owners = rows.stream().collect(Collectors.toMap(Row::aidOwnerCode, Function.identity(), (a, b) -> a));
        Map<String, List<Row>> byOwner = rows.stream().collect(Collectors.groupingBy(Row::aidOwnerCode, TreeMap::new,
                Collectors.toList()));
        List<AidOwnerRow> aidOwners = byOwner.entrySet().stream().map(e -> new AidOwnerRow(e.getKey(),
                owners.get(e.getKey()).aidOwnerVi(), owners.get(e.getKey()).aidOwnerEn(), Counts.of(e.getValue()))).toList();
        return new Compliance(year, today, Counts.of(rows), kinds, aidOwners, List.copyOf(rows));
    }

    /** Due after the project was revoked or closed: nothing more is owed once the aid has ended. */
    private static boolean noLongerOwed(LocalDate due, ProposalStatus status, LocalDate revoked, LocalDate closed) {
        return status == ProposalStatus.REVOKED && revoked != null && due.isAfter(revoked)
                || status == ProposalStatus.CLOSED && closed != null && due.isAfter(closed);
    }
}
