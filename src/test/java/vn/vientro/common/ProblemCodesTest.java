package vn.vientro.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes clients translate, and the reasons people read, for each kind of bad input. */
class ProblemCodesTest {

    @Test
    void constraintsMapToStableCodes() {
        assertThat(ProblemCodes.code("NotBlank")).isEqualTo(Problems.REQUIRED);
        assertThat(ProblemCodes.code("NotNull")).isEqualTo(Problems.REQUIRED);
        assertThat(ProblemCodes.code("Size")).isEqualTo(Problems.TOO_LONG);
        assertThat(ProblemCodes.code("DecimalMin")).isEqualTo(Problems.OUT_OF_RANGE);
        assertThat(ProblemCodes.code("Max")).isEqualTo(Problems.OUT_OF_RANGE);
        assertThat(ProblemCodes.code("Pattern")).isEqualTo(Problems.FORMAT);
        assertThat(ProblemCodes.code("SomethingElse")).isEqualTo(Problems.INVALID);
    }

    enum Colour { RED, GREEN }

    @Test
    void expectedTypesAreNamedWithoutJava() {
        assertThat(InputProblems.expected(Colour.class)).isEqualTo("must be one of: RED, GREEN");
        assertThat(InputProblems.expected(LocalDate.class)).contains("yyyy-MM-dd");
        assertThat(InputProblems.expected(List.class)).isEqualTo("must be a list");
        assertThat(InputProblems.expected(Integer.class)).contains("whole number");
        assertThat(InputProblems.expected(ProblemCodesTest.class)).isEqualTo("must be an object");
    }
}
