package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/** Vietnamese text goes in and comes back byte for byte, in either Unicode normalisation form. */
@QuarkusTest
class VietnameseTextTest {

    private static final String TITLE = "Hỗ trợ đồng bào Khơ-me ở Tây Ninh: nước sạch, y tế & giáo dục — ưu tiên “hộ nghèo”";

    /** Composed text comes back byte for byte; decomposed (NFD) input is stored composed (NFC), the same words. */
    @Test
    void titlesNamesAndFilenamesRoundTripByteForByte() {
        for (String title : new String[]{TITLE, Normalizer.normalize(TITLE, Normalizer.Form.NFD)}) {
            Map<String, Object> body = proposal("PROJECT", title);
            body.put("aidOwner", "Ủy ban nhân dân xã Phước Vinh");
            body.put("description", "Đợt 1: 250 hộ; đợt 2: 300 hộ. Ghi chú: ễ ệ ỡ ợ ử ữ ỳ ỷ ỹ ỵ Đ đ");
            long id = createDraft(body);
            var stored = as(OFFICER).get("/api/proposals/" + id).then().statusCode(200).extract();
            assertThat(stored.<String>path("titleVi").getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(TITLE.getBytes(StandardCharsets.UTF_8));
            assertThat(stored.<String>path("aidOwner")).isEqualTo("Ủy ban nhân dân xã Phước Vinh");
            assertThat(stored.<String>path("description")).endsWith("ỳ ỷ ỹ ỵ Đ đ");
            assertThat(stored.<String>path("ngo.nameVi")).isEqualTo("Tổ chức Plan International");
        }
    }

    @Test
    void aDocumentKeepsItsVietnameseFilenameAndItsBytes() {
        long id = createDraft(proposal("PROJECT", "Đề xuất có tài liệu tiếng Việt"));
        byte[] content = "%PDF-1.4 Công văn đề nghị".getBytes(StandardCharsets.UTF_8);
        int docId = upload(OFFICER).multiPart("type", "REQUEST_LETTER")
                .multiPart("file", "Công văn đề nghị số 12.pdf", content, "application/pdf")
                .post("/api/proposals/" + id + "/documents").then().statusCode(201).extract().path("id");
        var download = as(OFFICER).get("/api/proposals/" + id + "/documents/" + docId).then().statusCode(200).extract();
        assertThat(download.asByteArray()).isEqualTo(content);
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B%20s%E1%BB%91%2012.pdf");
    }

    @Test
    void referenceListsSortTheVietnameseWay() {
        java.util.List<String> names = as(OFFICER).get("/api/ngos").then().statusCode(200).extract().path("nameVi");
        // "Quỹ" sorts after every "T..." name would be wrong; Vietnamese order puts Q before T.
        assertThat(names.indexOf("Quỹ Mérieux (Pháp)")).isLessThan(names.indexOf("Tổ chức Cứu trợ Trẻ em"));
        // The demo NGOs in the order written out by hand (VietnameseTextUnitTest holds the comparator to the dictionary order).
        java.util.List<String> demo = java.util.List.of("Quỹ Mérieux (Pháp)", "Tổ chức Con đường Sạch Quốc tế",
                "Tổ chức Cứu trợ Trẻ em", "Tổ chức Láng giềng Tốt Quốc tế", "Tổ chức Plan International",
                "Tổ chức Welthungerhilfe (Đức)");
        assertThat(names.stream().filter(demo::contains).toList()).containsExactlyElementsOf(demo);
        assertThat(names).isSortedAccordingTo(vn.vientro.common.VietnameseText.COLLATOR);
    }
}
