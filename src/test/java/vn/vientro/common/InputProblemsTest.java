package vn.vientro.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reasons people read for a body of the wrong shape: the expected type, never a Java name. */
class InputProblemsTest {

    enum Colour { RED, GREEN }

    @Test
    void expectedTypesAreNamedWithoutJava() {
        assertThat(InputProblems.expected(Colour.class)).isEqualTo("must be one of: RED, GREEN");
        assertThat(InputProblems.expected(LocalDate.class)).contains("yyyy-MM-dd");
        assertThat(InputProblems.expected(List.class)).isEqualTo("must be a list");
        assertThat(InputProblems.expected(Integer.class)).contains("whole number");
        assertThat(InputProblems.expected(InputProblemsTest.class)).isEqualTo("must be an object");
    }
}
