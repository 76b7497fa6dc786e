package vn.vientro.common;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sorting and searching Vietnamese text: sorted by base letter first (a, ă, â, ... đ ...), then by tone mark;
 * searched without case or diacritics, as people type ("nuoc sach" finds "Nước sạch").
 */
public final class VietnameseText {

    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    public static final Comparator<String> COLLATOR = comparator();

    /**
     * The letters with diacritics (upper and lower case, composed) and the plain lower-case letter each folds
     * to, as the two strings of SQL's {@code translate()}, which PostgreSQL and H2 both have: the database folds
     * a column the way {@link #fold} folds a query, with no extension such as unaccent.
     */
    public static final String FOLD_FROM;
    public static final String FOLD_TO;

    static {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (int c = 0x00C0; c <= 0x1EFF; c++) {
            if (!Character.isLetter(c)) {
                continue;
            }
            String folded = fold(Character.toString(c));
            if (folded.length() == 1 && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z') {
                from.appendCodePoint(c);
                to.append(folded);
            }
        }
        FOLD_FROM = from.toString();
        FOLD_TO = to.toString();
    }

    private VietnameseText() {
    }

    /** Lower case, without diacritics; đ is d. */
    public static String fold(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** A {@code like} pattern that finds the folded text anywhere, with % and _ taken literally (escape '\\'). */
    public static String containsPattern(String query) {
        String escaped = fold(query.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * An HQL condition: one of the columns, folded, contains the query. Binds {@code :q}, {@code :foldFrom}
     * and {@code :foldTo} in {@code params}.
     */
    public static String searchCondition(List<String> columns, String query, Map<String, Object> params) {
        params.put("q", containsPattern(query));
        params.put("foldFrom", FOLD_FROM);
        params.put("foldTo", FOLD_TO);
        return columns.stream()
                .map(column -> "lower(function('translate', " + column + ", :foldFrom, :foldTo)) like :q escape '\\'")
                .collect(Collectors.joining(" or ", "(", ")"));
    }

    private static Comparator<String> comparator() {
        Collator collator = Collator.getInstance(LOCALE);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.nullsLast(collator::compare);
    }
}
