package vn.vientro.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Sorting for Vietnamese names: by base letter first (a, ă, â, ... đ ...), then by tone mark. */
public final class VietnameseText {

    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    public static final Comparator<String> COLLATOR = comparator();

    private VietnameseText() {
    }

    private static Comparator<String> comparator() {
        Collator collator = Collator.getInstance(LOCALE);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.nullsLast(collator::compare);
    }
}
