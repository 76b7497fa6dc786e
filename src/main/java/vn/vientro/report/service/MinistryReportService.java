package vn.vientro.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.common.ProvinceZone;
import vn.vientro.common.domain.DomainException;
import vn.vientro.document.domain.DocumentKind;
import vn.vientro.document.domain.VietnameseNumberWords;
import vn.vientro.document.service.GeneratedDocuments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The annual report to the ministry of a year: the consolidated workbook and the covering letter from the province's
 * template. A year still under way can be read (the figures so far); a year to come cannot.
 */
@ApplicationScoped
public class MinistryReportService {

    @Inject
    MinistryReportData data;

    @Inject
    ReportingCompliance compliance;

    @Inject
    GeneratedDocuments documents;

    @Inject
    Clock clock;

    @Inject
    @ProvinceZone
    ZoneId zone;

    /** The workbook in a temporary file (the HTTP layer streams and deletes it); 422 when an exchange rate is missing. */
    @Transactional
    public java.nio.file.Path workbook(int year, boolean english) {
        MinistryFigures figures = data.prepare(reportable(year));
        ReportingCompliance.Compliance reporting = compliance.of(year);
        try {
            java.nio.file.Path file = Files.createTempFile("vientro-ministry-" + year + "-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                new MinistryReportWriter(english).write(figures, reporting, out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The covering letter with the year's headline figures, amounts in USD in figures and in words, and the aid owners'
     * reporting compliance as the workbook's compliance sheet totals it.
     */
    @Transactional
    public GeneratedDocuments.Generated letter(int year) {
        MinistryFigures.Headline h = data.prepare(reportable(year)).headline();
        ReportingCompliance.Counts reporting = compliance.of(year).totals();
        BigDecimal committed = h.committedUsd().setScale(2, RoundingMode.HALF_UP);
        BigDecimal disbursed = h.disbursedUsd().setScale(2, RoundingMode.HALF_UP);
        return documents.render(DocumentKind.ANNUAL_REPORT_LETTER, placeholder -> switch (placeholder) {
            case REPORT_YEAR -> String.valueOf(year);
            case APPROVED_COUNT -> String.valueOf(h.approved());
            case AMENDED_COUNT -> String.valueOf(h.amended());
            case REVOKED_COUNT -> String.valueOf(h.revoked());
            case CLOSED_COUNT -> String.valueOf(h.closed());
            case ACTIVE_COUNT -> String.valueOf(h.activeProjects());
            case DONOR_COUNT -> String.valueOf(h.donors());
            case COMMITTED_USD -> VietnameseNumberWords.amountInFigures(committed, "USD");
            case COMMITTED_USD_IN_WORDS -> VietnameseNumberWords.amountInWords(committed, "USD");
            case DISBURSED_USD -> VietnameseNumberWords.amountInFigures(disbursed, "USD");
            case DISBURSED_USD_IN_WORDS -> VietnameseNumberWords.amountInWords(disbursed, "USD");
            case REPORTS_DUE -> String.valueOf(reporting.due());
            case REPORTS_ON_TIME -> String.valueOf(reporting.onTime());
            case REPORTS_LATE -> String.valueOf(reporting.late());
            case REPORTS_MISSING -> String.valueOf(reporting.missing());
            case REPORTS_NOT_YET_DUE -> String.valueOf(reporting.notYetDue());
            default -> throw new IllegalArgumentException(placeholder + " is not about a report year");
        }, "the report of " + year, String.valueOf(year));
    }

    /** A year that has begun in the province; a later one has no report (404). */
    private int reportable(int year) {
        int current = LocalDate.now(clock.withZone(zone)).getYear();
        if (year > current) {
            throw DomainException.notFound("Report year", String.valueOf(year));
        }
        return year;
    }
}
