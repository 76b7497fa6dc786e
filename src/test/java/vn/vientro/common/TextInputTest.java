package vn.vientro.common;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class TextInputTest {

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreFound() {
        assertThat(TextInput.hasControlCharacter("Dòng 1\nDòng 2\r\n\tthụt lề")).isFalse();
        assertThat(TextInput.hasControlCharacter("có\u0000NUL")).isTrue();
        assertThat(TextInput.hasControlCharacter("\u0007")).isTrue();
        assertThat(TextInput.hasControlCharacter("\u007F")).isTrue();
    }

    @Test
    void decomposedTextIsComposed() {
        String decomposed = Normalizer.normalize("Hỗ trợ đồng bào", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Hỗ trợ đồng bào");
        assertThat(TextInput.composed(decomposed)).isEqualTo("Hỗ trợ đồng bào");
    }
}
