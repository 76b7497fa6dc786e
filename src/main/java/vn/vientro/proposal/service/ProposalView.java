package vn.vientro.proposal.service;

import vn.vientro.document.domain.DocumentKind;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.Opinion;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalDocument;
import vn.vientro.proposal.domain.ProposalStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A proposal as the API shows it: labels in Vietnamese first, English second. {@code aidOwner} is the aid owner's
 * name, {@code aidOwnerCode} the code of its registered unit. {@code generatedDocuments}: the kinds of document drafted
 * for a proposal in its status (GET /api/proposals/{id}/documents/generated/{kind}), none before a decision.
 */
public record ProposalView(
        long id, AidKind kind, String kindLabelVi, String kindLabelEn,
        String titleVi, String titleEn,
        NgoRef ngo, String aidOwner, String aidOwnerCode, List<SectorView> sectors, List<LocationView> locations,
        LocalDate plannedStart, LocalDate plannedEnd,
        BigDecimal committedAmount, String currency, BigDecimal counterpartFundsVnd, Integer beneficiaries,
        String description,
        ProposalStatus status, String statusLabelVi, String statusLabelEn,
        String owner, Instant submittedAt, Decision decision, String closingReason, ProjectState project,
        Instant createdAt, Instant updatedAt, long version,
        List<DocumentView> documents, List<OpinionView> opinions, List<String> generatedDocuments) {

    public record NgoRef(long id, String name, String nameVi, String country) {
    }

    public record SectorView(String code, String crsCode, String nameVi, String nameEn, BigDecimal share) {
    }

    public record LocationView(String code, String name, String level) {
    }

    /** {@code conditions}: those the decision carries, from the agencies' answers and the decision itself. */
    public record Decision(String number, LocalDate date, String signer, List<StepRecord.Condition> conditions) {
    }

    /**
     * What happened to the project after its approval; null before it is one. {@code revocation} and
     * {@code closedOn}: how it ended, if it has.
     */
    public record ProjectState(LocalDate startConfirmedOn, String startConfirmedBy, Revocation revocation,
                               LocalDate closedOn, String closureReason) {
    }

    /** The approver's decision revoking the project (Decree 80/2020 Art. 4(7)). */
    public record Revocation(String number, LocalDate date, String reason) {
    }

    public record DocumentView(long id, ProposalDocument.Type type, String typeLabelVi, String typeLabelEn,
                               String filename, String contentType, long size, String sha256,
                               String uploadedBy, Instant uploadedAt) {
        /** The labels come from the type (a query cannot read them from the enum). */
        public DocumentView(long id, ProposalDocument.Type type, String filename, String contentType, long size,
                            String sha256, String uploadedBy, Instant uploadedAt) {
            this(id, type, type.labelVi, type.labelEn, filename, contentType, size, sha256, uploadedBy, uploadedAt);
        }
    }

    /** {@code taskId}: the opinion task, whose recorded step holds the answer's fields (conditions, reasons). */
    public record OpinionView(String agency, Opinion.Outcome outcome, String comment, Instant requestedAt,
                              Instant dueAt, String answeredBy, Instant answeredAt, String taskId) {
        static OpinionView of(Opinion o) {
            return new OpinionView(o.agency, o.outcome, o.comment, o.requestedAt, o.dueAt, o.answeredBy, o.answeredAt,
                    o.taskId);
        }
    }

    public static ProposalView of(Proposal p, List<DocumentView> documents, List<Opinion> opinions,
                                  List<StepRecord.Condition> conditions) {
        var ngo = new NgoRef(p.ngo.id, p.ngo.name, p.ngo.nameVi, p.ngo.country);
        var sectors = p.sectors.stream()
                .map(s -> new SectorView(s.sector.code, s.sector.crsCode, s.sector.nameVi, s.sector.nameEn, s.share))
                .sorted(Comparator.comparing(SectorView::share).reversed()).toList();
        var locations = p.locations.stream()
                .map(l -> new LocationView(l.code, l.name, l.level.name())).toList();
        var decision = p.decisionNumber == null ? null : new Decision(p.decisionNumber, p.decisionDate, p.decisionSigner,
                conditions);
        return new ProposalView(p.id, p.kind, p.kind.labelVi, p.kind.labelEn, p.titleVi, p.titleEn, ngo, p.aidOwner,
                p.aidOwnerUnit.code,
                sectors, locations, p.plannedStart, p.plannedEnd, p.committedAmount, p.currency, p.counterpartVnd,
                p.beneficiaries, p.description, p.status, p.status.labelVi, p.status.labelEn, p.owner, p.submittedAt,
                decision, p.closingReason, projectState(p), p.createdAt, p.updatedAt, p.version, documents,
                opinions.stream().map(OpinionView::of).toList(),
                DocumentKind.of(p.status).stream().map(kind -> kind.path).toList());
    }

    private static ProjectState projectState(Proposal p) {
        if (!p.status.isProject()) {
            return null;
        }
        var revocation = p.revocationNumber == null ? null
                : new Revocation(p.revocationNumber, p.revocationDate, p.revocationReason);
        return new ProjectState(p.startConfirmedOn, p.startConfirmedBy, revocation, p.closedOn, p.closureReason);
    }
}
