package vn.vientro.common;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The rules for any text a person sends, used for JSON bodies and for query and path parameters alike. */
public final class TextInput {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private TextInput() {
    }

    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date as people and the API write it, yyyy-MM-dd with a four-digit year. ISO parsing alone also takes
     * +10000-01-01 and -999999999-01-01, which PostgreSQL cannot store or even compare.
     *
     * @throws DateTimeParseException when the text is not such a date
     */
    public static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new DateTimeParseException("not a date written yyyy-MM-dd", text, 0);
        }
        return LocalDate.parse(text);
    }

    /** NFC: Vietnamese letters as one code point each, as keyboards and most documents write them. */
    public static String composed(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
