package vn.vientro.document.service;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Word (.docx) template with {@code {{name}}} placeholders, checked when it is loaded and filled on demand.
 * <p>
 * Word splits a paragraph's text into runs wherever formatting, spelling marks or editing history change, so a
 * placeholder typed as one word may be stored as {@code "{{aid"}, {@code "Name}}"}. Before filling, the runs a
 * placeholder spans are joined into the run it starts in, keeping that run's formatting; the runs around it keep
 * theirs (a bold "Điều 1." before a placeholder stays bold, the placeholder's text does not become bold).
 * <p>
 * A paragraph that holds a list placeholder is repeated once per item (and left out when the list is empty): a line
 * "- {{consultedAgencies}};" under "Nơi nhận:" becomes one line per agency.
 * <p>
 * A template is refused when it is loaded, not when it is used: not a .docx, a placeholder the document kind does not
 * know, braces that do not form a placeholder, two lists in one paragraph, or a placeholder where filling does not
 * reach (a text box, a footnote).
 */
public final class DocxTemplate {

    /** {@code {{aidName}}}; spaces inside the braces are allowed, as editors type them. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private final byte[] content;
    private final Set<String> lists;
    private final Set<String> used;

    private DocxTemplate(byte[] content, Set<String> lists, Set<String> used) {
        this.content = content;
        this.lists = lists;
        this.used = used;
    }

    /**
     * Opens and checks a template. {@code source} names it in the problems; {@code scalars} and {@code lists} are the
     * placeholders its kind knows.
     */
    public static DocxTemplate of(String source, byte[] content, Set<String> scalars, Set<String> lists) {
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        XWPFDocument doc;
        try {
            doc = open(content);
        } catch (IOException | RuntimeException e) {
            throw new BrokenTemplateException(source, List.of("not a Word .docx document (" + e.getMessage() + ")"));
        }
        try (doc) {
            for (XWPFParagraph paragraph : paragraphs(doc)) {
                problems.addAll(check(text(paragraph), scalars, lists, used));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocxTemplate template = new DocxTemplate(content, Set.copyOf(lists), Set.copyOf(used));
        if (problems.isEmpty()) {
            Map<String, Object> sample = new HashMap<>();
            used.forEach(name -> sample.put(name, lists.contains(name) ? List.of("x") : "x"));
            if (stillHasPlaceholders(template.render(sample))) {
                problems.add("a placeholder stands where it cannot be filled (a text box, a footnote, a comment):"
                        + " move it into the body, a table or the page header or footer");
            }
        }
        if (!problems.isEmpty()) {
            throw new BrokenTemplateException(source, problems);
        }
        return template;
    }

    /** The placeholders the template uses. */
    public Set<String> placeholders() {
        return used;
    }

    /** The placeholders the template uses that have no value: null, blank text. (An empty list is a value.) */
    public List<String> missing(Map<String, ?> values) {
        return used.stream().filter(name -> {
            Object value = values.get(name);
            return value == null || value instanceof String text && text.isBlank();
        }).toList();
    }

    /**
     * The filled-in document. {@code values}: text for each placeholder, a list of texts for each list placeholder.
     * Every placeholder the template uses must have a value (see {@link #missing}): a document is never half filled.
     */
    public byte[] render(Map<String, ?> values) {
        List<String> missing = missing(values);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no value for " + missing);
        }
        try (XWPFDocument doc = open(content); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (XWPFParagraph paragraph : paragraphs(doc)) {
                fill(paragraph, values);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFDocument open(byte[] content) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(content));
    }

    private static List<String> check(String text, Set<String> scalars, Set<String> lists, Set<String> used) {
        List<String> problems = new ArrayList<>();
        Set<String> listsHere = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (lists.contains(name)) {
                listsHere.add(name);
            } else if (!scalars.contains(name)) {
                problems.add("unknown placeholder {{" + name + "}} in «" + excerpt(text) + "»; known: "
                        + new TreeSet<>(union(scalars, lists)));
                continue;
            }
            used.add(name);
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            problems.add("braces that are not a placeholder {{name}} in «" + excerpt(text) + "»");
        }
        if (listsHere.size() > 1) {
            problems.add("more than one list " + listsHere + " in one paragraph «" + excerpt(text) + "»");
        }
        return problems;
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 80 ? line : line.substring(0, 77) + "…";
    }

    /** Every paragraph filling reaches: the body, tables (nested too), page headers and footers. */
    static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(doc, all);
        doc.getHeaderList().forEach(header -> collect(header, all));
        doc.getFooterList().forEach(footer -> collect(footer, all));
        return all;
    }

    private static void collect(IBody body, List<XWPFParagraph> all) {
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                all.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell, all);
                    }
                }
            }
        }
    }

    private static String text(XWPFParagraph paragraph) {
        return paragraph.getRuns().stream().map(XWPFRun::text).collect(Collectors.joining());
    }

    private void fill(XWPFParagraph paragraph, Map<String, ?> values) {
        joinPlaceholderRuns(paragraph);
        String list = null;
        Matcher m = PLACEHOLDER.matcher(text(paragraph));
        while (m.find()) {
            if (lists.contains(m.group(1))) {
                list = m.group(1);
            }
        }
        if (list == null) {
            for (XWPFRun run : paragraph.getRuns()) {
                String text = run.text();
                if (PLACEHOLDER.matcher(text).find()) {
                    setText(run, substitute(text, values, null, null));
                }
            }
            return;
        }
        for (Object item : (List<?>) values.get(list)) {
            XmlCursor cursor = paragraph.getCTP().newCursor();
            XWPFParagraph copy = paragraph.getBody().insertNewParagraph(cursor);
            cursor.close();
            if (paragraph.getCTP().getPPr() != null) {
                copy.getCTP().setPPr(paragraph.getCTP().getPPr());
            }
            for (XWPFRun run : paragraph.getRuns()) {
                XWPFRun line = copy.createRun();
                if (run.getCTR().getRPr() != null) {
                    line.getCTR().setRPr(run.getCTR().getRPr());
                }
                setText(line, substitute(run.text(), values, list, String.valueOf(item)));
            }
        }
        remove(paragraph);
    }

    /**
     * Joins the runs each placeholder spans into the run it starts in (see the class comment); text after the
     * placeholder in its last run stays there. One placeholder at a time, reading the runs again after each join.
     */
    static void joinPlaceholderRuns(XWPFParagraph paragraph) {
        boolean joined;
        do {
            joined = false;
            List<XWPFRun> runs = paragraph.getRuns();
            int[] starts = new int[runs.size() + 1];
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < runs.size(); i++) {
                starts[i] = text.length();
                text.append(runs.get(i).text());
            }
            starts[runs.size()] = text.length();
            Matcher m = PLACEHOLDER.matcher(text);
            while (!joined && m.find()) {
                int first = runAt(starts, m.start());
                int last = runAt(starts, m.end() - 1);
                if (first != last) {
                    StringBuilder merged = new StringBuilder();
                    for (int i = first; i < last; i++) {
                        merged.append(runs.get(i).text());
                    }
                    // the last run keeps, with its own formatting, what follows the placeholder
                    String tail = runs.get(last).text();
                    int end = m.end() - starts[last];
                    setText(runs.get(first), merged + tail.substring(0, end));
                    setText(runs.get(last), tail.substring(end));
                    for (int i = tail.length() == end ? last : last - 1; i > first; i--) {
                        paragraph.removeRun(i);
                    }
                    joined = true;
                }
            }
        } while (joined);
    }

    /** The run holding the character at {@code offset} (empty runs hold none). */
    private static int runAt(int[] starts, int offset) {
        int i = 0;
        while (starts[i + 1] <= offset) {
            i++;
        }
        return i;
    }

    private static String substitute(String text, Map<String, ?> values, String list, String item) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                (m.group(1).equals(list) ? item : String.valueOf(values.get(m.group(1)))).replace("\r\n", "\n")));
    }

    /** Replaces a run's text, writing line breaks and tabs as Word's own break and tab elements. */
    static void setText(XWPFRun run, String text) {
        CTR r = run.getCTR();
        while (r.sizeOfTArray() > 0) {
            r.removeT(0);
        }
        while (r.sizeOfBrArray() > 0) {
            r.removeBr(0);
        }
        while (r.sizeOfTabArray() > 0) {
            r.removeTab(0);
        }
        while (r.sizeOfCrArray() > 0) {
            r.removeCr(0);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) {
                    run.addTab();
                }
                if (!cells[j].isEmpty()) {
                    run.setText(cells[j], r.sizeOfTArray());
                }
            }
        }
    }

    private static void remove(XWPFParagraph paragraph) {
        IBody body = paragraph.getBody();
        if (body instanceof XWPFDocument doc) {
            doc.removeBodyElement(doc.getPosOfParagraph(paragraph));
        } else if (body instanceof XWPFTableCell cell) {
            cell.removeParagraph(cell.getParagraphs().indexOf(paragraph));
        } else if (body instanceof XWPFHeaderFooter headerFooter) {
            headerFooter.removeParagraph(paragraph);
        }
    }

    /** Whether any XML part of the document still shows "{{" in its text, wherever it stands. */
    private static boolean stillHasPlaceholders(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("word/") && entry.getName().endsWith(".xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    if (xml.replaceAll("<[^>]*>", "").contains("{{")) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
