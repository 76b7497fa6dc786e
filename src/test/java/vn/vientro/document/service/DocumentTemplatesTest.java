package vn.vientro.document.service;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vientro.document.Decree30Layout;
import vn.vientro.document.domain.DocumentKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The templates as the service loads them at start-up: the bundled ones, and a province's own directory replacing
 * them file by file. A broken one stops the loading with its name and its problem.
 */
class DocumentTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void theBundledTemplatesLoadAndUseWhatEachDocumentNeeds() {
        Map<DocumentKind, DocxTemplate> templates = DocumentTemplates.load(Optional.empty());
        assertThat(templates).containsOnlyKeys(DocumentKind.values());
        assertThat(templates.get(DocumentKind.DECISION).placeholders()).contains("decisionNumber", "decisionDate",
                "decisionSigner", "aidName", "aidOwner", "donor", "objectives", "plannedStart", "plannedEnd", "locations",
                "amount", "amountInWords", "counterpartFunds", "provinceUpper", "consultedAgencies", "conditions");
        assertThat(templates.get(DocumentKind.DONOR_NOTICE).placeholders()).contains("decisionNumber", "decisionDate", "donor");
        assertThat(templates.get(DocumentKind.MINISTRY_LETTER).placeholders()).contains("decisionNumber", "decisionDate");
        assertThat(templates.get(DocumentKind.REFUSAL).placeholders()).contains("rejectionReason", "donor", "aidOwner");
    }

    /** Every bundled template, as it ships, in Decree 30/2020's layout: the same check the filled-in documents pass. */
    @Test
    void everyBundledTemplateIsInTheDecreesLayout() throws IOException {
        for (DocumentKind kind : DocumentKind.values()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(DocumentTemplates.BUNDLED + kind.template())) {
                assertThat(in).as(kind.template()).isNotNull();
                try (XWPFDocument doc = new XWPFDocument(in)) {
                    Decree30Layout.assertLayout(doc, kind);
                }
            } catch (AssertionError e) {
                throw new AssertionError(kind.template() + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void aProvincesOwnTemplateReplacesTheBundledOneOfItsName() throws IOException {
        write("decision.docx", "Quyết định về {{aidName}} số {{decisionNumber}}");
        Map<DocumentKind, DocxTemplate> templates = DocumentTemplates.load(Optional.of(dir));
        assertThat(templates.get(DocumentKind.DECISION).placeholders()).containsExactlyInAnyOrder("aidName", "decisionNumber");
        assertThat(templates.get(DocumentKind.REFUSAL).placeholders()).contains("rejectionReason");
    }

    @Test
    void aBrokenOrMisnamedTemplateStopsTheLoadingNamingTheFile() throws IOException {
        write("refusal.docx", "Không phê duyệt, Quyết định số {{decisionNumber}}");
        write("decison.docx", "Quyết định {{aidName}}");
        assertThatThrownBy(() -> DocumentTemplates.load(Optional.of(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.resolve("refusal.docx") + " cannot be used: unknown placeholder {{decisionNumber}}")
                .hasMessageContaining(dir.resolve("decison.docx") + " is not the template of any document");
    }

    @Test
    void aDirectoryThatIsNotThereStopsTheLoading() {
        assertThatThrownBy(() -> DocumentTemplates.load(Optional.of(dir.resolve("absent"))))
                .hasMessageContaining("vientro.document-templates.dir " + dir.resolve("absent") + " is not a directory");
    }

    private void write(String name, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
        }
    }
}
