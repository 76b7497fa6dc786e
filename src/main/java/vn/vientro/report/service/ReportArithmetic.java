package vn.vientro.report.service;

import vn.vientro.report.service.ReportRows.Change;
import vn.vientro.report.service.ReportRows.PopulationFigure;
import vn.vientro.report.service.ReportRows.Province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reports' arithmetic, pure: no database, no engine, no language. {@link AnnualReportData} reads the rows and
 * hands them here; the writers choose the words.
 */
final class ReportArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportArithmetic() {
    }

    /** Converts an amount in a currency on a day to USD (the rates of one report). */
    @FunctionalInterface
    interface ToUsd {
        BigDecimal convert(BigDecimal amount, String currency, LocalDate date);
    }

    /** A project's commitment as of the end of a report year, and the part of it counted in that year. */
    record Commitment(BigDecimal amount, BigDecimal usd, BigDecimal inYearUsd) {
    }

    /**
     * A commitment counts in the year of its decision, and each approved amendment's change in the year of the
     * amendment's decision. {@code today} is the amount after every approved change, so the original is today's
     * amount less all of them; the report year sees the original plus the changes decided by its end.
     */
    static Commitment commitment(BigDecimal today, String currency, LocalDate decisionDate, List<Change> changes,
                                 int year, ToUsd toUsd) {
        BigDecimal amount = today.subtract(sum(changes.stream().map(Change::delta).toList()));
        BigDecimal usd = toUsd.convert(amount, currency, decisionDate);
        BigDecimal inYearUsd = decisionDate.getYear() == year ? usd : BigDecimal.ZERO;
        LocalDate end = LocalDate.of(year, 12, 31);
        for (Change change : changes) {
            if (change.date().isAfter(end)) {
                continue;
            }
            BigDecimal deltaUsd = toUsd.convert(change.delta(), currency, change.date());
            amount = amount.add(change.delta());
            usd = usd.add(deltaUsd);
            if (change.date().getYear() == year) {
                inYearUsd = inYearUsd.add(deltaUsd);
            }
        }
        return new Commitment(amount, usd, inYearUsd);
    }

    /** The population of a year and where it comes from; {@code people} null is "no data". */
    record Population(Long people, List<String> sources) {
        static final Population NONE = new Population(null, List.of());
    }

    /**
     * The province's population in a year: for each province-level unit valid at the year's end, its own figure or,
     * when it has none, the sum of its direct subunits that have one (the sources say which were summed).
     */
    static Population provincePopulation(int year, List<Province> provinces, List<PopulationFigure> figures) {
        long people = 0;
        boolean any = false;
        List<String> sources = new ArrayList<>();
        for (Province province : provinces) {
            var own = figures.stream().filter(f -> f.unitId() == province.id()).findFirst();
            if (own.isPresent()) {
                people += own.get().population();
                sources.add(year + ": " + own.get().source());
                any = true;
                continue;
            }
            List<PopulationFigure> units = figures.stream()
                    .filter(f -> f.parentId() != null && f.parentId() == province.id()).toList();
            if (!units.isEmpty()) {
                people += units.stream().mapToLong(PopulationFigure::population).sum();
                sources.add(year + ": " + province.code() + " = tổng dân số " + units.size() + " đơn vị / sum of "
                        + units.size() + " units (" + units.stream().map(f -> f.code() + " " + f.population())
                        .collect(Collectors.joining(", ")) + "): "
                        + units.stream().map(PopulationFigure::source).distinct().collect(Collectors.joining("; ")));
                any = true;
            }
        }
        return any ? new Population(people, sources) : Population.NONE;
    }

    /** What one active project adds to the year's groups. */
    record ProjectYear(long ngoId, String ngoNameVi, String ngoName, String ngoCountry, BigDecimal committedInYearUsd,
                       BigDecimal disbursedInYearUsd, Map<String, BigDecimal> sectorShares, List<String> locations) {
    }

    /** Sums per sector, each project's amounts split by its sector shares (per cent). */
    static List<AnnualFigures.GroupRow> bySector(List<ProjectYear> active, Map<String, ReportRows.SectorName> names) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (ProjectYear p : active) {
            p.sectorShares().forEach((code, share) -> {
                BigDecimal fraction = share.divide(HUNDRED, 6, RoundingMode.HALF_EVEN);
                BigDecimal[] s = sums.computeIfAbsent(code, c -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(p.committedInYearUsd().multiply(fraction));
                s[1] = s[1].add(p.disbursedInYearUsd().multiply(fraction));
                counts.merge(code, 1L, Long::sum);
            });
        }
        return sums.entrySet().stream().map(e -> {
            var name = names.getOrDefault(e.getKey(), new ReportRows.SectorName(e.getKey(), "", e.getKey(), e.getKey()));
            return new AnnualFigures.GroupRow(e.getKey(), name.nameVi(), name.nameEn(), name.crsCode(),
                    counts.get(e.getKey()), e.getValue()[0], e.getValue()[1]);
        }).toList();
    }

    /** Sums per NGO, the largest disbursement first; named in Vietnamese, and by its own name for English. */
    static List<AnnualFigures.GroupRow> byDonor(List<ProjectYear> active) {
        Map<Long, List<ProjectYear>> byNgo = active.stream().collect(Collectors.groupingBy(ProjectYear::ngoId,
                TreeMap::new, Collectors.toList()));
        return byNgo.values().stream().map(list -> new AnnualFigures.GroupRow(String.valueOf(list.get(0).ngoId()),
                        list.get(0).ngoNameVi(), list.get(0).ngoName(), list.get(0).ngoCountry(), list.size(),
                        sum(list.stream().map(ProjectYear::committedInYearUsd).toList()),
                        sum(list.stream().map(ProjectYear::disbursedInYearUsd).toList())))
                .sorted(Comparator.comparing(AnnualFigures.GroupRow::disbursedUsd).reversed()).toList();
    }

    /** Disbursements per location, each project's split equally among its locations, with per-capita figures. */
    static List<AnnualFigures.LocationRow> byLocation(List<ProjectYear> active, Map<String, Long> population,
                                                      Map<String, String> names) {
        Map<String, BigDecimal> disbursed = new TreeMap<>();
        for (ProjectYear p : active) {
            if (p.locations().isEmpty()) {
                continue;
            }
            BigDecimal part = p.disbursedInYearUsd().divide(BigDecimal.valueOf(p.locations().size()), 6, RoundingMode.HALF_EVEN);
            p.locations().forEach(code -> disbursed.merge(code, part, BigDecimal::add));
        }
        return disbursed.entrySet().stream().map(e -> {
            Long people = population.get(e.getKey());
            return new AnnualFigures.LocationRow(e.getKey(), names.get(e.getKey()), people, e.getValue(),
                    perCapita(e.getValue(), people));
        }).toList();
    }

    /** A project's amounts of a year in its own currency and in USD, with how the groups split it. */
    record ProjectAmounts(String ngoCode, String ngoVi, String ngo, String currency, BigDecimal committed,
                          BigDecimal committedUsd, BigDecimal disbursed, BigDecimal disbursedUsd,
                          Map<String, BigDecimal> sectorShares, List<String> locations) {
    }

    /**
     * The year's amounts per donor, sector and location and currency, split as {@link #bySector} and {@link #byLocation}
     * split them (by the sector shares, equally among the locations); ordered by dimension, code, currency.
     */
    static List<MinistryFigures.CurrencyRow> byCurrency(List<ProjectAmounts> projects, Map<String, ReportRows.SectorName> sectors,
                                                        Map<String, String> units) {
        record Key(MinistryFigures.Dimension dimension, String code, String currency) {
        }
        Map<Key, BigDecimal[]> sums = new TreeMap<>(Comparator.comparing(Key::dimension).thenComparing(Key::code)
                .thenComparing(Key::currency));
        Map<String, String[]> donors = new HashMap<>();
        for (ProjectAmounts p : projects) {
            donors.put(p.ngoCode(), new String[]{p.ngoVi(), p.ngo()});
            Map<Key, BigDecimal> fractions = new LinkedHashMap<>();
            fractions.put(new Key(MinistryFigures.Dimension.DONOR, p.ngoCode(), p.currency()), BigDecimal.ONE);
            p.sectorShares().forEach((code, share) -> fractions.put(new Key(MinistryFigures.Dimension.SECTOR, code, p.currency()),
                    share.divide(HUNDRED, 6, RoundingMode.HALF_EVEN)));
            BigDecimal each = p.locations().isEmpty() ? BigDecimal.ZERO
                    : BigDecimal.ONE.divide(BigDecimal.valueOf(p.locations().size()), 12, RoundingMode.HALF_EVEN);
            p.locations().forEach(code -> fractions.merge(new Key(MinistryFigures.Dimension.LOCATION, code, p.currency()), each,
                    BigDecimal::add));
            fractions.forEach((key, fraction) -> {
                BigDecimal[] s = sums.computeIfAbsent(key, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(p.committed().multiply(fraction));
                s[1] = s[1].add(p.committedUsd().multiply(fraction));
                s[2] = s[2].add(p.disbursed().multiply(fraction));
                s[3] = s[3].add(p.disbursedUsd().multiply(fraction));
            });
        }
        return sums.entrySet().stream().map(e -> {
            Key k = e.getKey();
            String[] names = switch (k.dimension()) {
                case DONOR -> donors.get(k.code());
                case SECTOR -> {
                    var s = sectors.get(k.code());
                    yield s == null ? new String[]{k.code(), k.code()} : new String[]{s.nameVi(), s.nameEn()};
                }
                case LOCATION -> new String[]{units.getOrDefault(k.code(), k.code()), units.getOrDefault(k.code(), k.code())};
            };
            BigDecimal[] s = e.getValue();
            return new MinistryFigures.CurrencyRow(k.dimension(), k.code(), names[0], names[1], k.currency(), s[0], s[1], s[2], s[3]);
        }).toList();
    }

    /** A step's name in both languages. */
    record StepName(String nameVi, String nameEn) {
    }

    /** Median and 90th percentile of working time per step; overdue counts, also for steps none finished. */
    static List<AnnualFigures.StepRow> steps(List<ReportRows.FinishedTask> finished, Map<String, Long> overdue,
                                             java.util.function.Function<ReportRows.FinishedTask, StepName> names) {
        Map<String, List<ReportRows.FinishedTask>> byKey = finished.stream().collect(Collectors.groupingBy(
                ReportRows.FinishedTask::taskKey, TreeMap::new, Collectors.toList()));
        List<AnnualFigures.StepRow> rows = new ArrayList<>();
        byKey.forEach((key, tasks) -> {
            double[] days = tasks.stream().filter(t -> t.durationMillis() != null)
                    .mapToDouble(t -> t.durationMillis() / 86_400_000.0).sorted().toArray();
            StepName name = names.apply(tasks.get(0));
            rows.add(new AnnualFigures.StepRow(key, name.nameVi(), name.nameEn(), tasks.size(), percentile(days, 0.5),
                    percentile(days, 0.9), overdue.getOrDefault(key, 0L)));
        });
        new TreeMap<>(overdue).forEach((key, count) -> {
            if (!byKey.containsKey(key)) {
                rows.add(new AnnualFigures.StepRow(key, key, key, 0, null, null, count));
            }
        });
        return rows;
    }

    /** Nearest-rank percentile of sorted values; null for no data. */
    static Double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** USD per person; null where the population is unknown or zero. */
    static BigDecimal perCapita(BigDecimal usd, Long people) {
        return people == null || people == 0 ? null : usd.divide(BigDecimal.valueOf(people), 6, RoundingMode.HALF_EVEN);
    }

    /** {@code part / whole} to four places; null where either is unknown or the whole is zero. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part == null || whole == null || whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_EVEN);
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
