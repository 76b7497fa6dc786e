package vn.vientro.common;

import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 reading for the small CSV imports: quoted fields may hold commas and doubled quotes. */
public final class CsvLines {

    /** One data line: its number in the file (the header is line 1) and its fields. */
    public record Line(int number, List<String> fields) {
        public String field(int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    private CsvLines() {
    }

    /** The data lines after the header, blank lines skipped. */
    public static List<Line> dataLines(String csv) {
        List<Line> lines = new ArrayList<>();
        String[] raw = csv.strip().split("\\r?\\n");
        for (int i = 1; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new Line(i + 1, fields(raw[i])));
            }
        }
        return lines;
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
