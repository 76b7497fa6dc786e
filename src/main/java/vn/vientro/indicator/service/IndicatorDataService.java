package vn.vientro.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.common.CsvLines;
import vn.vientro.common.TextInput;
import vn.vientro.common.domain.Currencies;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ImportError;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.indicator.domain.ExchangeRate;
import vn.vientro.indicator.domain.NationalFigure;
import vn.vientro.indicator.domain.UnitPopulation;
import vn.vientro.reference.domain.AdminUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Exchange rates, population and national figures: the denominators and conversions of the indicator. */
@ApplicationScoped
public class IndicatorDataService {

    private static final List<String> RATE_COLUMNS = List.of("currency", "date", "unitsPerUsd", "source");
    private static final List<String> POPULATION_COLUMNS = List.of("unitCode", "year", "population", "source");
    /** The years a population figure may be for, as the API's @Min and @Max on the same field. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    @Inject
    EntityManager em;

    @Inject
    Currencies currencies;

    public record RateInput(String currency, LocalDate date, BigDecimal unitsPerUsd, String source) {
    }

    public record PopulationView(String unitCode, String unitName, int year, long population, String source) {
    }

    private record PopulationRow(String unitCode, int year, long population, String source) {
    }

    public List<ExchangeRate> rates(String currency) {
        return currency == null
                ? em.createQuery("from ExchangeRate order by currency, date", ExchangeRate.class).getResultList()
                : em.createQuery("from ExchangeRate where currency = :c order by date", ExchangeRate.class)
                .setParameter("c", currency).getResultList();
    }

    /** Adds the rate, or replaces the one of the same currency and date. */
    @Transactional
    public ExchangeRate putRate(RateInput in) {
        currencies.require("currency", in.currency());
        ExchangeRate rate = em.createQuery("from ExchangeRate where currency = :c and date = :d", ExchangeRate.class)
                .setParameter("c", in.currency()).setParameter("d", in.date()).getResultStream().findFirst()
                .orElseGet(ExchangeRate::new);
        rate.currency = in.currency();
        rate.date = in.date();
        rate.unitsPerUsd = in.unitsPerUsd();
        rate.source = in.source();
        if (rate.id == null) {
            rate.persist();
        }
        return rate;
    }

    @Transactional
    public void deleteRate(long id) {
        if (!ExchangeRate.deleteById(id)) {
            throw DomainException.notFound("Exchange rate", id);
        }
    }

    /**
     * Imports {@code currency,date,unitsPerUsd,source} lines (a header line first) all or nothing: any bad
     * line means nothing is written and every error is returned.
     */
    @Transactional
    public int importRates(String csv) {
        List<ImportError> errors = new ArrayList<>();
        List<RateInput> rows = new ArrayList<>();
        List<CsvLines.Line> lines = CsvLines.dataLines(csv);
        for (CsvLines.Line line : lines) {
            if (hasControlCharacters(line, RATE_COLUMNS, errors)) {
                continue;
            }
            String currency = line.field(0);
            if (!currencies.accepts(currency)) {
                errors.add(ImportError.atLine(line.number(), "currency", ProblemCode.UNKNOWN_CURRENCY,
                        "unknown currency '" + currency + "'", currency, currencies.all()));
            }
            LocalDate date = date(line, 1, "date", errors);
            BigDecimal units = positive(line, 2, "unitsPerUsd", errors);
            if (units != null && (units.precision() - units.scale() > 16 || units.scale() > 8)) {
                errors.add(ImportError.atLine(line.number(), "unitsPerUsd", ProblemCode.DIGITS,
                        "at most 16 digits before the point and 8 after", 16, 8));
            }
            String source = required(line, 3, "source", errors);
            rows.add(new RateInput(currency, date, units, source));
        }
        finish(lines, errors);
        rows.forEach(this::putRate);
        return rows.size();
    }

    /** Imports {@code unitCode,year,population,source} lines all or nothing, like the rates. */
    @Transactional
    public int importPopulation(String csv) {
        List<ImportError> errors = new ArrayList<>();
        List<PopulationRow> rows = new ArrayList<>();
        List<CsvLines.Line> lines = CsvLines.dataLines(csv);
        for (CsvLines.Line line : lines) {
            if (hasControlCharacters(line, POPULATION_COLUMNS, errors)) {
                continue;
            }
            if (AdminUnit.findByCode(line.field(0)).isEmpty()) {
                errors.add(ImportError.atLine(line.number(), "unitCode", ProblemCode.UNKNOWN_ADMIN_UNIT,
                        "no administrative unit has code '" + line.field(0) + "'", line.field(0)));
            }
            // Digits only: a year or a head count written as 2e3 or 1.5 is a mistake, not a number to round.
            String year = line.field(1);
            boolean yearValid = year.matches("\\d{4}") && Integer.parseInt(year) >= FIRST_YEAR && Integer.parseInt(year) <= LAST_YEAR;
            if (!yearValid) {
                errors.add(ImportError.atLine(line.number(), "year", ProblemCode.BETWEEN, "'" + year + "' is not a year",
                        FIRST_YEAR, LAST_YEAR));
            }
            String people = line.field(2);
            boolean peopleValid = people.matches("\\d{1,18}") && Long.parseLong(people) > 0;
            if (!peopleValid) {
                errors.add(ImportError.atLine(line.number(), "population", ProblemCode.POSITIVE_WHOLE_NUMBER,
                        "'" + people + "' is not a whole number above 0"));
            }
            String source = required(line, 3, "source", errors);
            if (yearValid && peopleValid) {
                rows.add(new PopulationRow(line.field(0), Integer.parseInt(year), Long.parseLong(people), source));
            }
        }
        finish(lines, errors);
        rows.forEach(row -> putPopulation(row.unitCode(), row.year(), row.population(), row.source()));
        return rows.size();
    }

    private static void finish(List<CsvLines.Line> lines, List<ImportError> errors) {
        if (lines.isEmpty()) {
            errors.add(ImportError.atLine(1, "*", ProblemCode.NO_DATA_LINES, "no data lines after the header"));
        }
        if (!errors.isEmpty()) {
            throw ImportError.refused(errors);
        }
    }

    private static LocalDate date(CsvLines.Line line, int index, String column, List<ImportError> errors) {
        try {
            return TextInput.date(line.field(index));
        } catch (DateTimeParseException e) {
            errors.add(ImportError.atLine(line.number(), column, ProblemCode.NOT_A_DATE,
                    "'" + line.field(index) + "' is not a date YYYY-MM-DD"));
            return null;
        }
    }

    private static BigDecimal positive(CsvLines.Line line, int index, String column, List<ImportError> errors) {
        try {
            BigDecimal value = new BigDecimal(line.field(index));
            if (value.signum() <= 0) {
                errors.add(ImportError.atLine(line.number(), column, ProblemCode.ABOVE, "must be greater than 0", 0));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(ImportError.atLine(line.number(), column, ProblemCode.NOT_A_NUMBER,
                    "'" + line.field(index) + "' is not a number"));
            return null;
        }
    }

    /** The source of a rate or a population figure: required, and at most the 300 characters stored. */
    private static String required(CsvLines.Line line, int index, String column, List<ImportError> errors) {
        String value = line.field(index);
        if (value.isEmpty()) {
            errors.add(ImportError.atLine(line.number(), column, ProblemCode.REQUIRED, "required"));
        } else if (value.length() > 300) {
            errors.add(ImportError.atLine(line.number(), column, ProblemCode.LENGTH, "at most 300 characters", 300));
        }
        return value;
    }

    /**
     * Text pasted from other programs can carry NULs and other control characters, which PostgreSQL refuses even in
     * a lookup: such a line is reported, column by column, and not read further.
     */
    private static boolean hasControlCharacters(CsvLines.Line line, List<String> columns, List<ImportError> errors) {
        boolean found = false;
        for (int i = 0; i < line.fields().size(); i++) {
            if (TextInput.hasControlCharacter(line.fields().get(i))) {
                errors.add(ImportError.atLine(line.number(), i < columns.size() ? columns.get(i) : "*",
                        ProblemCode.CONTROL_CHARACTER, "must not contain control characters (such as U+0000)"));
                found = true;
            }
        }
        return found;
    }

    public List<PopulationView> population(Integer year) {
        var query = em.createQuery("select new vn.vientro.indicator.service.IndicatorDataService$PopulationView("
                + "p.unit.code, p.unit.name, p.year, p.population, p.source) from UnitPopulation p"
                + (year == null ? "" : " where p.year = :y") + " order by p.year, p.unit.code", PopulationView.class);
        if (year != null) {
            query.setParameter("y", year);
        }
        return query.getResultList();
    }

    @Transactional
    public PopulationView putPopulation(String unitCode, int year, long population, String source) {
        AdminUnit unit = AdminUnit.findByCode(unitCode)
                .orElseThrow(() -> DomainException.invalid("unitCode", ProblemCode.UNKNOWN_ADMIN_UNIT,
                        "no administrative unit has code " + unitCode, unitCode));
        UnitPopulation row = UnitPopulation.<UnitPopulation>find("unit = ?1 and year = ?2", unit, year).firstResultOptional()
                .orElseGet(UnitPopulation::new);
        row.unit = unit;
        row.year = year;
        row.population = population;
        row.source = source;
        if (row.id == null) {
            row.persist();
        }
        return new PopulationView(unit.code, unit.name, year, population, source);
    }

    public List<NationalFigure> nationalFigures() {
        return NationalFigure.list("order by year");
    }

    @Transactional
    public NationalFigure putNationalFigure(int year, Long population, BigDecimal ngoAidUsd, String source) {
        NationalFigure figure = NationalFigure.findById(year);
        boolean added = figure == null;
        if (added) {
            figure = new NationalFigure();
            figure.year = year;
        }
        figure.population = population;
        figure.ngoAidUsd = ngoAidUsd;
        figure.source = source;
        if (added) {
            figure.persist();
        }
        return figure;
    }
}
