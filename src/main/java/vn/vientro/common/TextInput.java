package vn.vientro.common;

import java.text.Normalizer;

/** The rules for any text a person sends, used for JSON bodies and for query and path parameters alike. */
public final class TextInput {

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

    /** NFC: Vietnamese letters as one code point each, as keyboards and most documents write them. */
    public static String composed(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
