package vn.vientro.reporting.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report for an obligation (its period is the obligation's): what came in and went out in the period, by currency;
 * the actual value of each of the project's results indicators; what happened, in words.
 */
public record ReportInput(
        @NotNull @Valid List<@NotNull Amount> amounts,
        @NotNull @Valid List<@NotNull IndicatorValue> indicators,
        @NotBlank @Size(max = 20000) String narrative) {

    public record Amount(
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{currency-code}") String currency,
            @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal received,
            @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal spent) {
    }

    public record IndicatorValue(
            @NotNull Long indicatorId,
            @NotNull @Digits(integer = 17, fraction = 2) BigDecimal actual) {
    }
}
