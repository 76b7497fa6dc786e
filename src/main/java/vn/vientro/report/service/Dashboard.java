package vn.vientro.report.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * The leadership dashboard for a year: the annual report's figures without its project rows. Summary,
 * locations, workflow and trend are the report's own records; sector and donor rows are renamed from the
 * report's shared group row so that a page reads {@code crsCode} and {@code country}, not {@code detail}.
 * Names come in the language asked for: a sector's Vietnamese or English name, a donor's Vietnamese name or its own.
 * A null per-capita (or ratio, change, step duration) value is the workbook's "no data".
 */
public record Dashboard(int year, AnnualFigures.Summary summary, List<SectorRow> bySector, List<DonorRow> byDonor,
                        List<AnnualFigures.LocationRow> byLocation, AnnualFigures.Workflow workflow,
                        List<AnnualFigures.TrendRow> trend, List<String> populationSources) {

    public record SectorRow(String code, String crsCode, String name, long projects, BigDecimal committedUsd,
                            BigDecimal disbursedUsd) {
    }

    public record DonorRow(long ngoId, String name, String country, long projects, BigDecimal committedUsd,
                           BigDecimal disbursedUsd) {
    }

    static Dashboard of(AnnualFigures f, boolean english) {
        return new Dashboard(f.year(), f.summary(),
                f.bySector().stream().map(g -> new SectorRow(g.code(), g.detail(), english ? g.nameEn() : g.nameVi(), g.projects(),
                        g.committedUsd(), g.disbursedUsd())).toList(),
                f.byDonor().stream().map(g -> new DonorRow(Long.parseLong(g.code()), english ? g.nameEn() : g.nameVi(), g.detail(),
                        g.projects(), g.committedUsd(), g.disbursedUsd())).toList(),
                f.byLocation(), f.workflow(), f.trend(), f.populationSources());
    }
}
