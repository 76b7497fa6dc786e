package vn.vientro.document;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.vientro.document.domain.DocumentKind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout Decree 30/2020/NĐ-CP Appendix I asks of an administrative document, held against every generated
 * document kind, on the bundled template as on the filled-in file (placeholders count as text of their line):
 * <ul>
 * <li>A4 portrait; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman throughout;</li>
 * <li>top left, the issuing body in capitals, bold, 12–13 pt, a short centred rule under it, then "Số: …" upright
 * 13 pt, and for a letter (công văn) the "V/v …" summary under it, upright, 12–13 pt;</li>
 * <li>top right, the national title in capitals, bold, 12–13 pt; the motto bold 13–14 pt with a line of its own
 * length under it (underlined); the place and date line in italics, 13–14 pt;</li>
 * <li>a decision: its name "QUYẾT ĐỊNH" in capitals, bold, and the summary under it bold 14 pt with a short centred
 * rule under that; a letter: "Kính gửi:" upright 14 pt; the body text 13–14 pt;</li>
 * <li>the signature block (TM. ỦY BAN NHÂN DÂN, the title, the signer) bold, 13–14 pt; "Nơi nhận:" bold italic 12 pt,
 * its items upright 11 pt, the last "- Lưu: VT, …".</li>
 * </ul>
 * A document is laid out as two tables and the body between them: the heading (issuing body | national title) and
 * the signature (recipients | signature block), as the bundled templates are.
 */
public final class Decree30Layout {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private Decree30Layout() {
    }

    /** Whether the kind is a decision (its name and summary under the heading) or a letter (V/v, Kính gửi). */
    private static boolean decision(DocumentKind kind) {
        return switch (kind) {
            case DECISION, REVOCATION -> true;
            case DONOR_NOTICE, MINISTRY_LETTER, REFUSAL, REVOCATION_NOTICE, ANNUAL_REPORT_LETTER -> false;
        };
    }

    public static void assertLayout(XWPFDocument doc, DocumentKind kind) {
        page(doc);
        int fallback = defaultSize(doc);
        List<IBodyElement> body = doc.getBodyElements();
        assertThat(body.get(0)).as("the heading table comes first").isInstanceOf(XWPFTable.class);
        XWPFTable heading = (XWPFTable) body.get(0);
        XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
        assertThat(signature).as("a signature table after the heading").isNotSameAs(heading);
        heading(heading, kind, fallback);
        text(doc, heading, signature, kind, fallback);
        signature(signature, fallback);
    }

    private static void page(XWPFDocument doc) {
        CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
        assertThat(List.of(twips(size.getW()), twips(size.getH()))).as("A4 portrait").isEqualTo(List.of(11906, 16838));
        // 1 mm = 56.7 twips
        CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
        assertThat(twips(margins.getTop())).as("top margin").isBetween(1134, 1418);
        assertThat(twips(margins.getBottom())).as("bottom margin").isBetween(1134, 1418);
        assertThat(twips(margins.getLeft())).as("left margin").isBetween(1701, 1985);
        assertThat(twips(margins.getRight())).as("right margin").isBetween(850, 1134);
        var defaults = doc.getStyles().getDefaultRunStyle().getRPr();
        String font = defaults.sizeOfRFontsArray() == 0 ? null : defaults.getRFontsArray(0).getAscii();
        assertThat(runs(paragraphs(doc))).isNotEmpty().allSatisfy(r -> assertThat(r.getFontFamily() == null ? font : r.getFontFamily())
                .as("font of '%s'", r.text()).isEqualTo("Times New Roman"));
    }

    private static void heading(XWPFTable heading, DocumentKind kind, int fallback) {
        List<XWPFParagraph> left = heading.getRow(0).getCell(0).getParagraphs();
        List<XWPFParagraph> right = heading.getRow(0).getCell(1).getParagraphs();
        assertThat(left.get(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN");
        assertThat(left.get(1).getText()).startsWith("TỈNH ");
        for (XWPFParagraph name : left.subList(0, 2)) {
            assertThat(capitals(name.getText())).as("the issuing body in capitals").isTrue();
            assertRuns(name, "the issuing body", fallback, 24, 26, r -> r.isBold() && !r.isItalic());
        }
        rule(left.get(2), "under the issuing body", width(heading.getRow(0).getCell(0)));
        XWPFParagraph number = left.get(3);
        assertThat(number.getText()).startsWith("Số:");
        // Decree 30 II.3: "Số" in lower case, upright
        assertRuns(number, "the number line", fallback, 26, 26, r -> !r.isBold() && !r.isItalic());
        if (!decision(kind)) {
            XWPFParagraph summary = left.get(4);
            assertThat(summary.getText()).as("the letter's summary under its number").startsWith("V/v ");
            assertThat(summary.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertRuns(summary, "the letter's summary", fallback, 24, 26, r -> !r.isBold() && !r.isItalic());
        }

        assertThat(right.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertRuns(right.get(0), "the national title", fallback, 24, 26, r -> r.isBold() && !r.isItalic());
        XWPFParagraph motto = right.get(1);
        assertThat(motto.getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        // the line under the motto is as long as the motto: the motto underlined, spaces too
        assertRuns(motto, "the motto", fallback, 26, 28, r -> r.isBold() && !r.isItalic() && r.getUnderline() == UnderlinePatterns.SINGLE);
        XWPFParagraph date = right.stream().filter(p -> !p.getText().isBlank()).reduce((a, b) -> b).orElseThrow();
        assertThat(date).as("a place and date line under the motto").isNotSameAs(motto);
        assertRuns(date, "the place and date line", fallback, 26, 28, r -> r.isItalic() && !r.isBold());
    }

    private static void text(XWPFDocument doc, XWPFTable heading, XWPFTable signature, DocumentKind kind, int fallback) {
        List<IBodyElement> all = doc.getBodyElements();
        List<XWPFParagraph> between = new ArrayList<>();
        for (IBodyElement e : all.subList(all.indexOf(heading) + 1, all.indexOf(signature))) {
            assertThat(e).as("only paragraphs between the heading and the signature").isInstanceOf(XWPFParagraph.class);
            between.add((XWPFParagraph) e);
        }
        assertThat(runs(between)).as("the body text").isNotEmpty()
                .allSatisfy(r -> assertThat(size(r, fallback)).as("size of '%s'", r.text()).isBetween(26, 28));
        List<XWPFParagraph> written = between.stream().filter(p -> !p.getText().isBlank()).toList();
        if (decision(kind)) {
            XWPFParagraph name = written.get(0);
            assertThat(name.getText()).isEqualTo("QUYẾT ĐỊNH");
            assertRuns(name, "the decision's name", fallback, 26, 28, XWPFRun::isBold);
            XWPFParagraph summary = written.get(1);
            assertThat(summary.getText()).startsWith("Về việc ");
            assertThat(summary.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertRuns(summary, "the decision's summary", fallback, 28, 28, r -> r.isBold() && !r.isItalic());
            rule(between.get(between.indexOf(summary) + 1), "under the decision's summary", textWidth(doc));
        } else {
            XWPFParagraph addressee = written.stream().filter(p -> p.getText().startsWith("Kính gửi:")).findFirst()
                    .orElseThrow(() -> new AssertionError("a letter has a 'Kính gửi:' line"));
            assertRuns(addressee, "Kính gửi", fallback, 28, 28, r -> !r.isBold() && !r.isItalic());
        }
    }

    private static void signature(XWPFTable signature, int fallback) {
        List<XWPFParagraph> recipients = written(signature.getRow(0).getCell(0));
        List<XWPFParagraph> block = written(signature.getRow(0).getCell(1));
        assertThat(block.get(0).getText()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(block.get(1).getText()).isIn("CHỦ TỊCH", "KT. CHỦ TỊCH");
        for (XWPFParagraph line : block) {
            assertRuns(line, "the signature block", fallback, 26, 28, r -> r.isBold() && !r.isItalic());
        }
        assertThat(recipients.get(0).getText()).isEqualTo("Nơi nhận:");
        assertRuns(recipients.get(0), "Nơi nhận", fallback, 24, 24, r -> r.isBold() && r.isItalic());
        for (XWPFParagraph item : recipients.subList(1, recipients.size())) {
            assertThat(item.getText()).startsWith("- ");
            assertRuns(item, "a recipient", fallback, 22, 22, r -> !r.isBold() && !r.isItalic());
        }
        assertThat(recipients.get(recipients.size() - 1).getText()).startsWith("- Lưu: VT");
    }

    /**
     * A short rule: an empty paragraph with a single top border, centred by equal indents, from a third of the width
     * it stands in down to a fifth (Decree 30: a third to a half of the line above it, which is shorter than the width).
     */
    private static void rule(XWPFParagraph rule, String where, int width) {
        assertThat(rule.getText()).as("the rule " + where + " is an empty paragraph").isEmpty();
        assertThat(rule.getBorderTop()).as("the rule " + where).isEqualTo(Borders.SINGLE);
        int indent = rule.getIndentationLeft();
        assertThat(indent).as("the rule " + where + " is centred").isPositive().isEqualTo(rule.getIndentationRight());
        assertThat(width - 2 * indent).as("the rule's length " + where + " of " + width).isBetween(width / 5, width / 2);
    }

    private static void assertRuns(XWPFParagraph p, String what, int fallback, int minHalfPoints, int maxHalfPoints,
                                   Predicate<XWPFRun> style) {
        List<XWPFRun> runs = runs(List.of(p));
        assertThat(runs).as(what + " has text").isNotEmpty();
        assertThat(runs).as(what + " «" + p.getText() + "»").allSatisfy(r -> {
            assertThat(style.test(r)).as("the style of «%s» in %s", r.text(), what).isTrue();
            assertThat(size(r, fallback)).as("the size of «%s» in %s (half-points)", r.text(), what)
                    .isBetween(minHalfPoints, maxHalfPoints);
        });
    }

    /** Capitals, placeholders aside (their values are in capitals, e.g. {{provinceUpper}}). */
    private static boolean capitals(String text) {
        String words = text.replaceAll("\\{\\{[^}]*}}", "");
        return words.equals(words.toUpperCase(VI));
    }

    private static int size(XWPFRun r, int fallback) {
        Double points = r.getFontSizeAsDouble();
        return points == null ? fallback : (int) Math.round(points * 2);
    }

    private static int defaultSize(XWPFDocument doc) {
        var rPr = doc.getStyles().getDefaultRunStyle().getRPr();
        assertThat(rPr.sizeOfSzArray()).as("a default size").isPositive();
        return twips(rPr.getSzArray(0).getVal());
    }

    private static int width(XWPFTableCell cell) {
        return twips(cell.getCTTc().getTcPr().getTcW().getW());
    }

    private static int textWidth(XWPFDocument doc) {
        var sect = doc.getDocument().getBody().getSectPr();
        return twips(sect.getPgSz().getW()) - twips(sect.getPgMar().getLeft()) - twips(sect.getPgMar().getRight());
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValueExact();
    }

    private static List<XWPFParagraph> written(IBody cell) {
        return cell.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
    }

    private static List<XWPFRun> runs(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().flatMap(p -> p.getRuns().stream()).filter(r -> !r.text().isBlank()).toList();
    }

    /** Every paragraph of the body and its tables, in document order. */
    public static List<XWPFParagraph> paragraphs(IBody body) {
        List<XWPFParagraph> all = new ArrayList<>();
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                all.add(p);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        all.addAll(paragraphs(cell));
                    }
                }
            }
        }
        return all;
    }
}
