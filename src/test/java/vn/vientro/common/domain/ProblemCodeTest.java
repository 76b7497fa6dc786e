package vn.vientro.common.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The code of each broken constraint, and the values a code's message gets, as clients read them. */
class ProblemCodeTest {

    @Test
    void constraintsMapToStableCodes() {
        assertThat(ConstraintCodes.code("NotBlank", Map.of(), "")).isEqualTo(ProblemCode.REQUIRED);
        assertThat(ConstraintCodes.code("NotNull", Map.of(), null)).isEqualTo(ProblemCode.REQUIRED);
        assertThat(ConstraintCodes.code("Size", Map.of("min", 0, "max", 300), "x".repeat(301))).isEqualTo(ProblemCode.LENGTH);
        assertThat(ConstraintCodes.code("Size", Map.of("min", 12, "max", 200), "short")).isEqualTo(ProblemCode.TOO_SHORT);
        assertThat(ConstraintCodes.code("DecimalMin", Map.of("min", BigDecimal.ZERO, "inclusive", false), BigDecimal.ZERO))
                .isEqualTo(ProblemCode.ABOVE);
        assertThat(ConstraintCodes.code("DecimalMin", Map.of("min", BigDecimal.ONE, "inclusive", true), BigDecimal.ZERO))
                .isEqualTo(ProblemCode.AT_LEAST);
        assertThat(ConstraintCodes.code("Max", Map.of("max", 2100L), 2200L)).isEqualTo(ProblemCode.AT_MOST);
        assertThat(ConstraintCodes.code("PositiveOrZero", Map.of("min", 0), -1)).isEqualTo(ProblemCode.AT_LEAST);
        assertThat(ConstraintCodes.code("Pattern", Map.of(), "x")).isEqualTo(ProblemCode.FORMAT);
        assertThat(ConstraintCodes.code("SomethingElse", Map.of(), "x")).isEqualTo(ProblemCode.INVALID);
    }

    @Test
    void valuesAreNamedInOrderAndWrittenAsJsonReadsThem() {
        Map<String, Object> values = ProblemCode.ADMIN_UNIT_CEASED.valuesOf("TN-GODAU", "Huyện Gò Dầu", LocalDate.of(2025, 7, 1));
        assertThat(values).containsExactly(Map.entry("code", "TN-GODAU"), Map.entry("name", "Huyện Gò Dầu"),
                Map.entry("date", "2025-07-01"));
        assertThat(ProblemCode.SHARES_TOTAL.valuesOf(new BigDecimal("90.00")).get("total")).hasToString("90");
        assertThat(ProblemCode.SHARES_TOTAL.valuesOf(new BigDecimal("1E+2")).get("total")).hasToString("100");
        assertThat(ProblemCode.UNKNOWN_CURRENCY.valuesOf("XYZ", List.of("EUR", "USD")).get("accepted")).isEqualTo(List.of("EUR", "USD"));
        assertThatThrownBy(() -> ProblemCode.BEFORE_SUBMISSION.valuesOf()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[date]");
        assertThat(ProblemCode.BETWEEN.pick(Map.of("max", 2100, "min", 1990, "other", 1))).containsExactly(
                Map.entry("min", 1990), Map.entry("max", 2100));
    }
}
