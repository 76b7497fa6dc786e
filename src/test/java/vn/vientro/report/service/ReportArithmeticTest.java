package vn.vientro.report.service;

import org.junit.jupiter.api.Test;
import vn.vientro.report.service.ReportArithmetic.ProjectYear;
import vn.vientro.report.service.ReportRows.Change;
import vn.vientro.report.service.ReportRows.FinishedTask;
import vn.vientro.report.service.ReportRows.PopulationFigure;
import vn.vientro.report.service.ReportRows.Province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports' arithmetic with figures worked out by hand; no database, no Quarkus. */
class ReportArithmeticTest {

    /** 1 USD = 25,000 VND on every day; USD as it is. */
    private static final ReportArithmetic.ToUsd RATES = (amount, currency, date) ->
            "VND".equals(currency) ? amount.divide(new BigDecimal("25000"), 6, RoundingMode.HALF_EVEN) : amount;

    private static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }

    @Test
    void nearestRankPercentiles() {
        double[] days = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(ReportArithmetic.percentile(days, 0.5)).isEqualTo(5.0);
        assertThat(ReportArithmetic.percentile(days, 0.9)).isEqualTo(9.0);
        assertThat(ReportArithmetic.percentile(new double[]{4}, 0.9)).isEqualTo(4.0);
        assertThat(ReportArithmetic.percentile(new double[]{1, 100}, 0.5)).isEqualTo(1.0);
        assertThat(ReportArithmetic.percentile(new double[0], 0.5)).isNull();
    }

    @Test
    void perCapitaAndRatiosSayNoDataRatherThanDivideByNothing() {
        assertThat(ReportArithmetic.perCapita(usd("1000000"), 1_200_000L)).isEqualByComparingTo("0.833333");
        assertThat(ReportArithmetic.perCapita(usd("1000000"), null)).isNull();
        assertThat(ReportArithmetic.perCapita(usd("1000000"), 0L)).isNull();
        assertThat(ReportArithmetic.ratio(usd("1.5"), usd("2"))).isEqualByComparingTo("0.75");
        assertThat(ReportArithmetic.ratio(usd("1"), BigDecimal.ZERO)).isNull();
        assertThat(ReportArithmetic.ratio(null, usd("2"))).isNull();
        assertThat(ReportArithmetic.ratio(usd("-50"), usd("200"))).isEqualByComparingTo("-0.25");   // a 25 % fall
    }

    @Test
    void aCommitmentCountsInItsDecisionYearAndEachAmendmentInItsOwn() {
        // approved 2023 for 100,000 USD; +20,000 in 2024, -5,000 in 2025: today's amount is 115,000
        List<Change> changes = List.of(new Change(1, LocalDate.of(2024, 3, 1), usd("20000")),
                new Change(1, LocalDate.of(2025, 6, 1), usd("-5000")));
        LocalDate decided = LocalDate.of(2023, 5, 10);
        var in2023 = ReportArithmetic.commitment(usd("115000"), "USD", decided, changes, 2023, RATES);
        assertThat(in2023.amount()).isEqualByComparingTo("100000");
        assertThat(in2023.inYearUsd()).isEqualByComparingTo("100000");
        var in2024 = ReportArithmetic.commitment(usd("115000"), "USD", decided, changes, 2024, RATES);
        assertThat(in2024.amount()).isEqualByComparingTo("120000");
        assertThat(in2024.usd()).isEqualByComparingTo("120000");
        assertThat(in2024.inYearUsd()).isEqualByComparingTo("20000");
        var in2025 = ReportArithmetic.commitment(usd("115000"), "USD", decided, changes, 2025, RATES);
        assertThat(in2025.amount()).isEqualByComparingTo("115000");
        assertThat(in2025.inYearUsd()).isEqualByComparingTo("-5000");
        var in2022 = ReportArithmetic.commitment(usd("115000"), "USD", decided, changes, 2022, RATES);
        assertThat(in2022.inYearUsd()).isEqualByComparingTo("0");
    }

    @Test
    void aCommitmentInVndIsConvertedOnItsOwnDates() {
        var c = ReportArithmetic.commitment(usd("2500000000"), "VND", LocalDate.of(2024, 1, 2), List.of(), 2024, RATES);
        assertThat(c.amount()).isEqualByComparingTo("2500000000");
        assertThat(c.usd()).isEqualByComparingTo("100000");
    }

    @Test
    void theProvinceIsItsOwnFigureOrTheSumOfItsUnits() {
        Province tayNinh = new Province(1, "TN");
        Province other = new Province(2, "LA");
        var own = ReportArithmetic.provincePopulation(2024, List.of(tayNinh),
                List.of(new PopulationFigure(1, null, "TN", 1_200_000, "GSO 2024"),
                        new PopulationFigure(10, 1L, "TN-GODAU", 150_000, "district")));
        assertThat(own.people()).isEqualTo(1_200_000L);
        assertThat(own.sources()).containsExactly("2024: GSO 2024");

        var summed = ReportArithmetic.provincePopulation(2024, List.of(tayNinh, other),
                List.of(new PopulationFigure(10, 1L, "TN-GODAU", 150_000, "Cục Thống kê"),
                        new PopulationFigure(11, 1L, "TN-BENCAU", 50_000, "Cục Thống kê"),
                        new PopulationFigure(2, null, "LA", 1_700_000, "GSO")));
        assertThat(summed.people()).isEqualTo(1_900_000L);
        assertThat(summed.sources()).hasSize(2);
        assertThat(summed.sources().get(0)).contains("sum of 2 units", "TN-GODAU 150000", "TN-BENCAU 50000");

        assertThat(ReportArithmetic.provincePopulation(2024, List.of(tayNinh), List.of()).people()).isNull();
    }

    @Test
    void sectorsSplitByShareLocationsEquallyAndDonorsLargestFirst() {
        var water = new ProjectYear(7, "Tổ chức Plan International", "Plan International", "UK", usd("1000"), usd("400"),
                Map.of("WATER", usd("60"), "HEALTH", usd("40")), List.of("TN-GODAU", "TN-BENCAU"));
        var health = new ProjectYear(8, "Tổ chức CARE Quốc tế", "CARE", "US", usd("0"), usd("900"), Map.of("HEALTH", usd("100")), List.of("TN-GODAU"));
        var sectors = ReportArithmetic.bySector(List.of(water, health), Map.of(
                "HEALTH", new ReportRows.SectorName("HEALTH", "121", "Y tế", "Health")));
        assertThat(sectors).extracting(AnnualFigures.GroupRow::code).containsExactly("HEALTH", "WATER");
        assertThat(sectors.get(0).disbursedUsd()).isEqualByComparingTo("1060");   // 400 × 40 % + 900
        assertThat(sectors.get(0).committedUsd()).isEqualByComparingTo("400");    // 1000 × 40 %
        assertThat(sectors.get(0).projects()).isEqualTo(2);
        assertThat(sectors.get(0).nameVi()).isEqualTo("Y tế");
        assertThat(sectors.get(0).nameEn()).isEqualTo("Health");
        assertThat(sectors.get(1).nameVi()).isEqualTo("WATER");                  // unknown code: shown as itself
        assertThat(sectors.get(1).disbursedUsd()).isEqualByComparingTo("240");

        var locations = ReportArithmetic.byLocation(List.of(water, health), Map.of("TN-GODAU", 100_000L),
                Map.of("TN-GODAU", "Gò Dầu", "TN-BENCAU", "Bến Cầu"));
        assertThat(locations).extracting(AnnualFigures.LocationRow::code).containsExactly("TN-BENCAU", "TN-GODAU");
        assertThat(locations.get(0).disbursedUsd()).isEqualByComparingTo("200");
        assertThat(locations.get(0).perCapita()).isNull();                        // no population: no data
        assertThat(locations.get(1).disbursedUsd()).isEqualByComparingTo("1100");
        assertThat(locations.get(1).perCapita()).isEqualByComparingTo("0.011");

        var donors = ReportArithmetic.byDonor(List.of(water, health));
        assertThat(donors).extracting(AnnualFigures.GroupRow::nameVi).containsExactly("Tổ chức CARE Quốc tế", "Tổ chức Plan International");
        assertThat(donors).extracting(AnnualFigures.GroupRow::nameEn).containsExactly("CARE", "Plan International");
        assertThat(donors.get(1).committedUsd()).isEqualByComparingTo("1000");
    }

    @Test
    void stepsReportTheirDurationsAndOverdueCounts() {
        long day = 86_400_000L;
        var rows = ReportArithmetic.steps(List.of(new FinishedTask("p:1", "checkDossier", 1 * day),
                        new FinishedTask("p:1", "checkDossier", 3 * day), new FinishedTask("p:1", "checkDossier", 2 * day),
                        new FinishedTask("p:1", "approveProposal", null)),
                Map.of("checkDossier", 1L, "giveOpinion", 2L),
                task -> new ReportArithmetic.StepName(task.taskKey() + " vi", task.taskKey() + " en"));
        assertThat(rows).extracting(AnnualFigures.StepRow::key).containsExactly("approveProposal", "checkDossier", "giveOpinion");
        assertThat(rows.get(0).completed()).isEqualTo(1);
        assertThat(rows.get(0).medianDays()).isNull();                            // no duration known
        assertThat(rows.get(1).medianDays()).isEqualTo(2.0);
        assertThat(rows.get(1).p90Days()).isEqualTo(3.0);
        assertThat(rows.get(1).overdue()).isEqualTo(1);
        assertThat(rows.get(1).nameVi()).isEqualTo("checkDossier vi");
        assertThat(rows.get(2).completed()).isZero();                             // overdue only, none finished
        assertThat(rows.get(2).overdue()).isEqualTo(2);
    }
}
