package vn.vientro.document.service;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template filler on documents built here, run by run, as Word stores what an editor typed. */
class DocxTemplateTest {

    private static final Set<String> SCALARS = Set.of("aidName", "amount", "objectives");
    private static final Set<String> LISTS = Set.of("consultedAgencies", "goods");

    @Test
    void aPlaceholderSplitAcrossRunsIsFilledWithTheFormattingOfItsFirstRun() throws IOException {
        byte[] template = docx(doc -> {
            XWPFParagraph p = doc.createParagraph();
            run(p, "Điều 1.", true, false);
            run(p, " Phê duyệt khoản ", false, false);
            run(p, "{{ai", false, true);
            run(p, "dName", true, false);
            run(p, "}} với tổng ", false, false);
            run(p, "{", false, false);
            run(p, "{amount}}", true, false);
        });
        DocxTemplate filler = DocxTemplate.of("test", template, SCALARS, LISTS);
        assertThat(filler.placeholders()).containsExactlyInAnyOrder("aidName", "amount");

        XWPFParagraph p = open(filler.render(Map.of("aidName", "Nước sạch", "amount", "1.000 USD"))).getParagraphs().get(0);
        assertThat(p.getText()).isEqualTo("Điều 1. Phê duyệt khoản Nước sạch với tổng 1.000 USD");
        assertThat(runWith(p, "Điều 1.").isBold()).isTrue();
        assertThat(runWith(p, " Phê duyệt khoản ").isBold()).isFalse();
        XWPFRun name = runWith(p, "Nước sạch");
        assertThat(name.isItalic()).as("the first run's formatting").isTrue();
        assertThat(name.isBold()).as("not the formatting of a later run it spanned").isFalse();
        assertThat(runWith(p, " với tổng ").isItalic()).as("what follows in the last run keeps its own").isFalse();
        assertThat(runWith(p, "1.000 USD").isBold()).isFalse();
    }

    @Test
    void aListRepeatsItsParagraphWithItsFormattingAndAnEmptyListLeavesItOut() throws IOException {
        byte[] template = docx(doc -> {
            XWPFTableCell cell = doc.createTable(1, 1).getRow(0).getCell(0);
            cell.getParagraphs().get(0).createRun().setText("Nơi nhận:");
            XWPFRun line = cell.addParagraph().createRun();
            line.setText("- {{consultedAgencies}};");
            line.setFontSize(11);
            cell.addParagraph().createRun().setText("- Lưu: VT.");
            doc.createParagraph().createRun().setText("Sau bảng");
        });
        DocxTemplate filler = DocxTemplate.of("test", template, SCALARS, LISTS);

        XWPFDocument filled = open(filler.render(Map.of("consultedAgencies", List.of("Công an tỉnh", "Sở Y tế"))));
        List<XWPFParagraph> lines = filled.getTables().get(0).getRow(0).getCell(0).getParagraphs();
        assertThat(lines).extracting(XWPFParagraph::getText)
                .containsExactly("Nơi nhận:", "- Công an tỉnh;", "- Sở Y tế;", "- Lưu: VT.");
        assertThat(lines.get(2).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);
        assertThat(filled.getParagraphs()).extracting(XWPFParagraph::getText).contains("Sau bảng");

        List<XWPFParagraph> none = open(filler.render(Map.of("consultedAgencies", List.of())))
                .getTables().get(0).getRow(0).getCell(0).getParagraphs();
        assertThat(none).extracting(XWPFParagraph::getText).containsExactly("Nơi nhận:", "- Lưu: VT.");
    }

    @Test
    void valuesAreWrittenAsTypedLineBreaksAsBreaksAndBracesAsText() throws IOException {
        byte[] template = docx(doc -> doc.createParagraph().createRun().setText("Mục tiêu: {{objectives}} {{aidName}}"));
        DocxTemplate filler = DocxTemplate.of("test", template, SCALARS, LISTS);
        XWPFRun run = open(filler.render(Map.of("objectives", "Một\r\nHai", "aidName", "{{amount}}")))
                .getParagraphs().get(0).getRuns().get(0);
        assertThat(run.getCTR().sizeOfBrArray()).isEqualTo(1);
        assertThat(run.text()).isEqualTo("Mục tiêu: Một\nHai {{amount}}");
    }

    @Test
    void aMissingValueIsNamedAndNothingIsFilledHalfway() throws IOException {
        byte[] template = docx(doc -> doc.createParagraph().createRun().setText("{{aidName}}: {{objectives}} {{amount}}"));
        DocxTemplate filler = DocxTemplate.of("test", template, SCALARS, LISTS);
        Map<String, String> values = Map.of("aidName", "Nước sạch", "objectives", "  ");
        assertThat(filler.missing(values)).containsExactlyInAnyOrder("objectives", "amount");
        assertThatThrownBy(() -> filler.render(values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("objectives").hasMessageContaining("amount");
    }

    @Test
    void aBrokenTemplateIsRefusedWhenLoadedWithEachProblem() throws IOException {
        byte[] template = docx(doc -> {
            doc.createParagraph().createRun().setText("Tên: {{aidNam}}.");
            doc.createParagraph().createRun().setText("Tổng: {{amount}.");
            doc.createParagraph().createRun().setText("- {{consultedAgencies}} {{goods}}");
        });
        assertThatThrownBy(() -> DocxTemplate.of("decision.docx", template, SCALARS, LISTS))
                .isInstanceOfSatisfying(BrokenTemplateException.class, e -> assertThat(e.problems()).satisfiesExactly(
                        p -> assertThat(p).startsWith("unknown placeholder {{aidNam}} in «Tên: {{aidNam}}.»"),
                        p -> assertThat(p).startsWith("braces that are not a placeholder {{name}} in «Tổng: {{amount}.»"),
                        p -> assertThat(p).startsWith("more than one list [consultedAgencies, goods]")))
                .hasMessageStartingWith("Document template decision.docx cannot be used");
    }

    @Test
    void somethingOtherThanADocxIsRefused() {
        assertThatThrownBy(() -> DocxTemplate.of("decision.docx", "Quyết định".getBytes(StandardCharsets.UTF_8), SCALARS, LISTS))
                .isInstanceOfSatisfying(BrokenTemplateException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith("not a Word .docx document"));
    }

    @Test
    void aPlaceholderWhereFillingCannotReachIsRefused() throws IOException {
        byte[] template = docx(doc -> {
            doc.createParagraph().createRun().setText("{{aidName}}");
            doc.createFootnote().createParagraph().createRun().setText("Theo {{objectives}}");
        });
        assertThatThrownBy(() -> DocxTemplate.of("test", template, SCALARS, LISTS))
                .isInstanceOfSatisfying(BrokenTemplateException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith("a placeholder stands where it cannot be filled"));
    }

    private static byte[] docx(Consumer<XWPFDocument> build) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            build.accept(doc);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFRun runWith(XWPFParagraph p, String text) {
        return p.getRuns().stream().filter(r -> r.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + p.getRuns().stream().map(XWPFRun::text).toList()));
    }
}
