package vn.vientro.report.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The consolidated report of a year for the ministry (Decree 80/2020 Art. 13(9)): the annual report's figures (the
 * same by donor, sector and location in USD, and the same project list) and what the ministry asks for besides: the
 * aid approved, amended, revoked and closed in the year, and commitments and disbursements in their own currencies.
 */
public record MinistryFigures(int year, Headline headline, List<Change> changes, List<CurrencyRow> byCurrency,
                              AnnualReportData.Prepared annual) {

    /** Counts of the year, and its totals in USD (the annual report's committed and disbursed). */
    public record Headline(long approved, long amended, long revoked, long closed, long activeProjects, long donors,
                           BigDecimal committedUsd, BigDecimal disbursedUsd) {
    }

    public enum ChangeKind { APPROVED, AMENDED, REVOKED, CLOSED }

    /**
     * An approval (the original commitment), an amendment (the change of the commitment, null when only the end date
     * changed), a revocation or a closure decided in the year; amounts in the project's currency and in USD on the day.
     */
    public record Change(ChangeKind kind, long projectId, String titleVi, String titleEn, String ngoVi, String ngo,
                         LocalDate date, String decisionNumber, BigDecimal amount, String currency, BigDecimal usd) {
    }

    /** Donor, sector or location. */
    public enum Dimension { DONOR, SECTOR, LOCATION }

    /**
     * The year's commitments and disbursements of one group in one currency, in that currency and in USD, split as
     * the annual report splits them (sectors by share, locations equally).
     */
    public record CurrencyRow(Dimension dimension, String code, String nameVi, String nameEn, String currency,
                              BigDecimal committed, BigDecimal committedUsd, BigDecimal disbursed, BigDecimal disbursedUsd) {
    }
}
