package vn.vientro.document.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Amounts as official documents write them: in figures with Vietnamese separators ({@code 1.250.000.000},
 * {@code 125.000,5}) and in words ({@code Một tỷ hai trăm năm mươi triệu đồng}). The reading rules: "mười" for the
 * tens of 10–19 and "… mươi" above; "mốt" for a final one after "mươi" and "lăm" for a final five after any ten;
 * "linh" where the tens are zero after hundreds; "không trăm" for an empty hundreds place after a larger group;
 * groups of "nghìn", "triệu" and "tỷ", "tỷ" repeated above it ("nghìn tỷ"); a decimal part read after "phẩy".
 */
public final class VietnameseNumberWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final long BILLION = 1_000_000_000L;

    /** Vietnamese names of the currencies a proposal may be denominated in; any other is written as its code. */
    private static final Map<String, String> CURRENCIES = Map.of(
            "VND", "đồng", "USD", "đô la Mỹ", "EUR", "euro", "JPY", "yên Nhật", "KRW", "won Hàn Quốc",
            "AUD", "đô la Úc", "GBP", "bảng Anh", "CHF", "franc Thụy Sĩ", "CAD", "đô la Canada", "SGD", "đô la Singapore");

    private VietnameseNumberWords() {
    }

    /** A whole number in words, lower case: 1_250_000_000 → "một tỷ hai trăm năm mươi triệu". */
    public static String words(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("a negative amount has no reading here: " + number);
        }
        return number == 0 ? DIGITS[0] : String.join(" ", read(number, true));
    }

    /** The amount in words with its currency, capitalised as a sentence: "Một trăm hai mươi lăm nghìn đô la Mỹ". */
    public static String amountInWords(BigDecimal amount, String currency) {
        String[] parts = decimalParts(amount);
        StringBuilder text = new StringBuilder(words(Long.parseLong(parts[0])));
        if (parts.length > 1) {
            String fraction = parts[1];
            text.append(" phẩy ").append(fraction.startsWith("0")
                    ? DIGITS[0] + " " + words(Long.parseLong(fraction.substring(1)))
                    : words(Long.parseLong(fraction)));
        }
        text.append(' ').append(currencyName(currency));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The amount in figures with its unit: "1.250.000.000 đồng", "125.000,5 USD". */
    public static String amountInFigures(BigDecimal amount, String currency) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount) + " " + ("VND".equals(currency) ? CURRENCIES.get("VND") : currency);
    }

    public static String currencyName(String currency) {
        return CURRENCIES.getOrDefault(currency, currency);
    }

    /** The whole part and, when there is one, the decimal part as figures write it (two places at most). */
    private static String[] decimalParts(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a negative amount has no reading here: " + amount);
        }
        return amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().split("\\.");
    }

    /** {@code leading}: nothing was read before this number, so an empty hundreds place is not said. */
    private static List<String> read(long number, boolean leading) {
        List<String> out = new ArrayList<>();
        if (number >= BILLION) {
            out.addAll(read(number / BILLION, leading));
            out.add("tỷ");
            long rest = number % BILLION;
            if (rest > 0) {
                out.addAll(belowBillion(rest, false));
            }
            return out;
        }
        return belowBillion(number, leading);
    }

    private static List<String> belowBillion(long number, boolean leading) {
        List<String> out = new ArrayList<>();
        int[] groups = {(int) (number / 1_000_000), (int) (number / 1000 % 1000), (int) (number % 1000)};
        String[] names = {"triệu", "nghìn", null};
        boolean first = leading;
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            out.addAll(hundreds(groups[i], first));
            if (names[i] != null) {
                out.add(names[i]);
            }
            first = false;
        }
        return out;
    }

    /** One group of three digits (1–999). */
    private static List<String> hundreds(int group, boolean leading) {
        int h = group / 100;
        int t = group / 10 % 10;
        int u = group % 10;
        List<String> out = new ArrayList<>();
        if (h > 0 || !leading) {
            out.add(DIGITS[h]);
            out.add("trăm");
        }
        if (t == 0) {
            if (u > 0) {
                if (!out.isEmpty()) {
                    out.add("linh");
                }
                out.add(DIGITS[u]);
            }
        } else if (t == 1) {
            out.add("mười");
            if (u > 0) {
                out.add(u == 5 ? "lăm" : DIGITS[u]);
            }
        } else {
            out.add(DIGITS[t]);
            out.add("mươi");
            if (u > 0) {
                out.add(u == 1 ? "mốt" : u == 5 ? "lăm" : DIGITS[u]);
            }
        }
        return out;
    }
}
