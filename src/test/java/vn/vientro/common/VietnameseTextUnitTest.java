package vn.vientro.common;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Vietnamese order and search folding, against orders and foldings written out by hand. */
class VietnameseTextUnitTest {

    /**
     * The dictionary order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, and within a letter the
     * tones ngang, huyền, hỏi, ngã, sắc, nặng. Code-point order gets most of these wrong (ă, â, đ, ơ, ư and the
     * tone marks all sort after z).
     */
    private static final List<String> DICTIONARY_ORDER = List.of(
            "a", "à", "ả", "ã", "á", "ạ", "an", "Anh", "Ánh", "ăn", "ân", "bình", "Bình", "da", "Dương", "dz", "đa",
            "Đông", "e", "ê", "o", "ô", "Ông", "ơ", "Ơn", "Quỹ", "Tổ", "u", "Uyên", "ư", "Ước", "y", "ỷ");

    @Test
    void sortsInDictionaryOrderWhereCodePointOrderIsWrong() {
        List<String> shuffled = new ArrayList<>(DICTIONARY_ORDER);
        Collections.reverse(shuffled);
        shuffled.sort(VietnameseText.COLLATOR);
        assertThat(shuffled).containsExactlyElementsOf(DICTIONARY_ORDER);

        List<String> byCodePoint = new ArrayList<>(DICTIONARY_ORDER);
        Collections.sort(byCodePoint);
        assertThat(byCodePoint).as("the naive order differs, so this test can fail").isNotEqualTo(DICTIONARY_ORDER);
    }

    @Test
    void foldsCaseAndDiacriticsIncludingDStroke() {
        assertThat(VietnameseText.fold("Nước sạch cho ĐỒNG THÁP")).isEqualTo("nuoc sach cho dong thap");
        assertThat(VietnameseText.fold(Normalizer.normalize("Ủy ban nhân dân", Normalizer.Form.NFD))).isEqualTo("uy ban nhan dan");
    }

    @Test
    void theDatabaseFoldingTablesAgreeWithTheJavaFolding() {
        assertThat(VietnameseText.FOLD_FROM).hasSameSizeAs(VietnameseText.FOLD_TO);
        for (String word : List.of("ắ", "Ặ", "ự", "Ữ", "đ", "Đ", "ỹ", "Ỵ", "ô", "Ờ")) {
            int at = VietnameseText.FOLD_FROM.indexOf(word);
            assertThat(at).as(word).isNotNegative();
            assertThat(String.valueOf(VietnameseText.FOLD_TO.charAt(at))).isEqualTo(VietnameseText.fold(word));
        }
    }

    @Test
    void likePatternsTakePercentAndUnderscoreLiterally() {
        assertThat(VietnameseText.containsPattern(" 100% _Nước_ ")).isEqualTo("%100\\% \\_nuoc\\_%");
    }
}
