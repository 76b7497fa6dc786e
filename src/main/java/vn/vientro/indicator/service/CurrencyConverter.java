package vn.vientro.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.indicator.domain.ExchangeRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.*;

/**
 * Converts to US dollars at the latest rate on or before the transaction's date. Callers collect every
 * missing rate first and then fail once, naming exactly which currencies and dates lack a rate.
 */
@ApplicationScoped
public class CurrencyConverter {

    public static final String USD = "USD";

    public record MissingRate(String currency, LocalDate date) {
    }

    /** A rate that a conversion used: the report lists them in its notes. */
    public record UsedRate(String currency, LocalDate date, BigDecimal unitsPerUsd) {
    }

    @Inject
    EntityManager em;

    /** Every rate, by currency and date, for converting many amounts with one query. */
    public Rates rates() {
        Map<String, TreeMap<LocalDate, BigDecimal>> byCurrency = new HashMap<>();
        for (ExchangeRate r : em.createQuery("from ExchangeRate", ExchangeRate.class).getResultList()) {
            byCurrency.computeIfAbsent(r.currency, c -> new TreeMap<>()).put(r.date, r.unitsPerUsd);
        }
        return new Rates(byCurrency);
    }

    public static final class Rates {
        private final Map<String, TreeMap<LocalDate, BigDecimal>> byCurrency;
        private final Set<MissingRate> missing = new TreeSet<>(
                Comparator.comparing(MissingRate::currency).thenComparing(MissingRate::date));
        private final Set<UsedRate> used = new TreeSet<>(
                Comparator.comparing(UsedRate::currency).thenComparing(UsedRate::date));

        Rates(Map<String, TreeMap<LocalDate, BigDecimal>> byCurrency) {
            this.byCurrency = byCurrency;
        }

        /** The amount in USD, or zero with the gap remembered when no rate is known on or before the date. */
        public BigDecimal toUsd(BigDecimal amount, String currency, LocalDate date) {
            if (USD.equals(currency)) {
                return amount;
            }
            var rates = byCurrency.get(currency);
            var rate = rates == null ? null : rates.floorEntry(date);
            if (rate == null) {
                missing.add(new MissingRate(currency, date));
                return BigDecimal.ZERO;
            }
            used.add(new UsedRate(currency, rate.getKey(), rate.getValue()));
            return amount.divide(rate.getValue(), 6, RoundingMode.HALF_EVEN);
        }

        public List<UsedRate> used() {
            return List.copyOf(used);
        }

        public List<MissingRate> missing() {
            return List.copyOf(missing);
        }

        /** Fails as unprocessable, listing every missing rate met so far. */
        public void requireComplete() {
            if (!missing.isEmpty()) {
                throw DomainException.unprocessable(ProblemCode.MISSING_RATES, "Missing exchange rates",
                        "No exchange rate on or before these dates: " + missing.stream()
                                .map(m -> m.currency() + " " + m.date()).toList(),
                        Map.of("missingRates", missing()));
            }
        }
    }
}
