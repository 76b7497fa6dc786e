package vn.vientro.proposal.service;

import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.ProposalStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a proposal list, read by a projection query (no collections, no documents). The donor by its Vietnamese
 * name and by its own, which a reader of English is shown.
 */
public record ProposalSummary(long id, AidKind kind, String titleVi, String titleEn, String ngoNameVi, String ngoName,
                              BigDecimal committedAmount, String currency, ProposalStatus status,
                              String statusLabelVi, String statusLabelEn, String owner, Instant submittedAt,
                              Instant updatedAt) {

    public ProposalSummary(long id, AidKind kind, String titleVi, String titleEn, String ngoNameVi, String ngoName,
                           BigDecimal committedAmount, String currency, ProposalStatus status, String owner,
                           Instant submittedAt, Instant updatedAt) {
        this(id, kind, titleVi, titleEn, ngoNameVi, ngoName, committedAmount, currency, status, status.labelVi,
                status.labelEn, owner, submittedAt, updatedAt);
    }
}
