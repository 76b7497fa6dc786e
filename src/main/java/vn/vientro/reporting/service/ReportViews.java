package vn.vientro.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.reporting.domain.AidReport;
import vn.vientro.reporting.domain.ObligationStatus;
import vn.vientro.reporting.domain.ReportAttachment;
import vn.vientro.reporting.domain.ReportKind;
import vn.vientro.reporting.domain.ReportObligation;
import vn.vientro.reporting.domain.ResultIndicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Report obligations and their reports as the API shows them: labels in Vietnamese first, English second. */
@ApplicationScoped
public class ReportViews {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * {@code overdue}: still awaiting its report after the due date. {@code reports}: newest first.
     * {@code pendingAttachments}: files attached to the report being prepared, sent with it.
     */
    public record ObligationView(long id, long projectId, String projectTitleVi, String projectTitleEn, String aidOwner,
                                 String aidOwnerCode, ReportKind kind, String kindLabelVi, String kindLabelEn,
                                 LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, ObligationStatus status,
                                 String statusLabelVi, String statusLabelEn, boolean overdue, Instant remindedAt,
                                 Instant overdueSince, List<ReportView> reports, List<AttachmentView> pendingAttachments) {
    }

    public record ReportView(long id, Instant submittedAt, String submittedBy, boolean onBehalf, String narrative,
                             List<AmountView> amounts, List<IndicatorValueView> indicators, String reviewOutcome,
                             String reviewNote, String reviewedBy, Instant reviewedAt, List<AttachmentView> attachments) {
    }

    public record AttachmentView(long id, String filename, String contentType, long size, String sha256,
                                 String uploadedBy, Instant uploadedAt) {
        public static AttachmentView of(ReportAttachment a) {
            return new AttachmentView(a.id, a.filename, a.contentType, a.size, a.sha256, a.uploadedBy, a.uploadedAt);
        }
    }

    public record AmountView(String currency, BigDecimal received, BigDecimal spent) {
    }

    public record IndicatorValueView(long indicatorId, String nameVi, String nameEn, String unit, BigDecimal baseline,
                                     BigDecimal target, BigDecimal actual) {
    }

    public record IndicatorView(long id, String nameVi, String nameEn, String unit, BigDecimal baseline,
                                BigDecimal target, BigDecimal actual, long version) {
        public static IndicatorView of(ResultIndicator i) {
            return new IndicatorView(i.id, i.nameVi, i.nameEn, i.unit, i.baseline, i.target, i.actual, i.version);
        }
    }

    public ObligationView of(ReportObligation o) {
        return of(List.of(o)).get(0);
    }

    /** Views of these obligations, in their order: a few queries, and two for each report sent. */
    public List<ObligationView> of(List<ReportObligation> obligations) {
        if (obligations.isEmpty()) {
            return List.of();
        }
        List<Long> ids = obligations.stream().map(o -> o.id).toList();
        List<Long> projectIds = obligations.stream().map(o -> o.projectId).distinct().toList();
        Map<Long, Proposal> projects = em.createQuery("select p from Proposal p join fetch p.aidOwnerUnit where p.id in :ids",
                Proposal.class).setParameter("ids", projectIds).getResultStream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<Long, ResultIndicator> indicators = em.createQuery("from ResultIndicator i where i.projectId in :ids",
                ResultIndicator.class).setParameter("ids", projectIds).getResultStream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        // amounts and values read per report: a fetch join of the indexed amounts list left holes in it
        Map<Long, List<AidReport>> reports = em.createQuery("from AidReport r where r.obligationId in :ids",
                        AidReport.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(r -> r.obligationId));
        // without the files' content; those of no report yet wait for the one being prepared
        List<Object[]> files = em.createQuery("select a.obligationId, a.reportId, new "
                        + "vn.vientro.reporting.service.ReportViews$AttachmentView(a.id, a.filename, a.contentType, a.size, "
                        + "a.sha256, a.uploadedBy, a.uploadedAt) from ReportAttachment a where a.obligationId in :ids "
                        + "order by a.uploadedAt, a.id", Object[].class).setParameter("ids", ids).getResultList();
        Map<Long, List<AttachmentView>> sent = files.stream().filter(row -> row[1] != null).collect(Collectors.groupingBy(
                row -> (Long) row[1], Collectors.mapping(row -> (AttachmentView) row[2], Collectors.toList())));
        Map<Long, List<AttachmentView>> pending = files.stream().filter(row -> row[1] == null).collect(Collectors.groupingBy(
                row -> (Long) row[0], Collectors.mapping(row -> (AttachmentView) row[2], Collectors.toList())));
        LocalDate today = LocalDate.now(clock);
        return obligations.stream().map(o -> {
            Proposal p = projects.get(o.projectId);
            List<ReportView> submitted = reports.getOrDefault(o.id, List.of()).stream()
                    .sorted((a, b) -> b.submittedAt.compareTo(a.submittedAt))
                    .map(r -> report(r, indicators, sent.getOrDefault(r.id, List.of()))).toList();
            return new ObligationView(o.id, o.projectId, p.titleVi, p.titleEn, p.aidOwner, p.aidOwnerUnit.code, o.kind,
                    o.kind.labelVi, o.kind.labelEn, o.periodStart, o.periodEnd, o.dueDate, o.status, o.status.labelVi,
                    o.status.labelEn, o.overdueOn(today), o.remindedAt, o.overdueSince, submitted,
                    pending.getOrDefault(o.id, List.of()));
        }).toList();
    }

    private static ReportView report(AidReport r, Map<Long, ResultIndicator> indicators, List<AttachmentView> attachments) {
        List<AmountView> amounts = r.amounts.stream().map(a -> new AmountView(a.currency, a.received, a.spent)).toList();
        List<IndicatorValueView> values = r.indicators.stream().map(v -> {
            ResultIndicator i = indicators.get(v.indicatorId);
            return new IndicatorValueView(v.indicatorId, i.nameVi, i.nameEn, i.unit, i.baseline, i.target, v.actual);
        }).sorted((a, b) -> Integer.compare(indicators.get(a.indicatorId()).position, indicators.get(b.indicatorId()).position))
                .toList();
        return new ReportView(r.id, r.submittedAt, r.submittedBy, r.onBehalf, r.narrative, amounts, values,
                r.reviewOutcome, r.reviewNote, r.reviewedBy, r.reviewedAt, attachments);
    }
}
