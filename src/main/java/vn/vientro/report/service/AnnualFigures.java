package vn.vientro.report.service;

import vn.vientro.indicator.service.CurrencyConverter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything the annual report shows except the project rows, computed before any cell is written. */
public record AnnualFigures(int year, Summary summary, List<GroupRow> bySector, List<GroupRow> byDonor,
                            List<LocationRow> byLocation, Workflow workflow, List<TrendRow> trend,
                            List<CurrencyConverter.UsedRate> ratesUsed, List<String> populationSources) {

    /** Per-capita figures are null where the population (or the national figure) is unknown: "no data". */
    public record Summary(long received, long approved, long rejected, long withdrawn, long activeProjects,
                          BigDecimal committedUsd, BigDecimal disbursedUsd, Long population,
                          BigDecimal disbursedPerCapita, BigDecimal committedPerCapita, BigDecimal nationalPerCapita,
                          BigDecimal ratioToNational, BigDecimal previousDisbursedUsd, BigDecimal changeFromPrevious) {
    }

    /**
     * A sector (detail: its CRS code) or a donor (detail: its country; nameEn: its own name); the writer picks the
     * name's language.
     */
    public record GroupRow(String code, String nameVi, String nameEn, String detail, long projects, BigDecimal committedUsd,
                           BigDecimal disbursedUsd) {
    }

    public record LocationRow(String code, String name, Long population, BigDecimal disbursedUsd, BigDecimal perCapita) {
    }

    public record StepRow(String key, String nameVi, String nameEn, long completed, Double medianDays, Double p90Days,
                          long overdue) {
    }

    public record Workflow(Map<String, Long> outcomes, List<StepRow> steps) {
    }

    public record TrendRow(int year, BigDecimal disbursedUsd, Long population, BigDecimal perCapita,
                           BigDecimal nationalPerCapita) {
    }

    /**
     * One row of the Projects sheet; {@code titleEn} may be null (the writer then shows the Vietnamese title). The donor
     * by its Vietnamese name and its own.
     */
    public record ProjectRow(long id, String titleVi, String titleEn, String ngoVi, String ngo, LocalDate decisionDate,
                             LocalDate plannedEnd,
                             BigDecimal committed, String currency, BigDecimal committedUsd, BigDecimal disbursedInYearUsd,
                             BigDecimal disbursedToDateUsd, BigDecimal remainingUsd) {
    }
}
