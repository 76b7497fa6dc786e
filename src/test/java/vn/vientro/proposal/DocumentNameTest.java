package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** Official titles make long file names: they are kept (or shortened keeping the extension), never a 500. */
@QuarkusTest
class DocumentNameTest {

    private static final byte[] PDF = "%PDF-1.7 quyết định".getBytes(StandardCharsets.UTF_8);

    /** A file name of exactly {@code length} characters, in Vietnamese, ending in {@code .pdf}. */
    private static String name(int length) {
        String title = "Quyết định phê duyệt tiếp nhận khoản viện trợ phi chính phủ nước ngoài của tổ chức "
                + "Plan International cho dự án Nước sạch và vệ sinh môi trường trường học xã Gò Dầu, tỉnh Tây Ninh ";
        StringBuilder name = new StringBuilder();
        while (name.length() < length - 4) {
            name.append(title);
        }
        name.setLength(length - 4);
        return name.append(".pdf").toString();
    }

    private static String downloadedName(long id, long docId) {
        String disposition = as(OFFICER).get("/api/proposals/" + id + "/documents/" + docId).then().statusCode(200)
                .extract().header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename*=UTF-8''");
        return URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8);
    }

    @Test
    void aThousandCharacterVietnameseNameRoundTrips() {
        long id = createDraft(proposal("PROJECT", "Đề xuất có tên tệp rất dài"));
        String name = name(1000);
        assertThat(name).hasSize(1000).endsWith(".pdf");
        long docId = ((Number) upload(OFFICER).multiPart("type", "REQUEST_LETTER")
                .multiPart("file", name, PDF, "application/pdf")
                .post("/api/proposals/" + id + "/documents").then().statusCode(201).body("filename", equalTo(name))
                .extract().path("id")).longValue();
        List<String> listed = as(OFFICER).get("/api/proposals/" + id + "/documents").then().statusCode(200)
                .extract().path("filename");
        assertThat(listed).containsExactly(name);
        assertThat(downloadedName(id, docId)).isEqualTo(name);
    }

    @Test
    void aLongerNameIsShortenedKeepingItsExtension() {
        long id = createDraft(proposal("PROJECT", "Đề xuất có tên tệp quá dài"));
        String name = name(3000);
        String stored = upload(OFFICER).multiPart("type", "OTHER").multiPart("file", name, PDF, "application/pdf")
                .post("/api/proposals/" + id + "/documents").then().statusCode(201).extract().path("filename");
        assertThat(stored).hasSizeLessThanOrEqualTo(1000).endsWith(".pdf").startsWith(name.substring(0, 900));
    }

    @Test
    void anEmptyFileIsRefusedWithTheReason() {
        long id = createDraft(proposal("PROJECT", "Đề xuất có tệp rỗng"));
        upload(OFFICER).multiPart("type", "OTHER").multiPart("file", "rong.pdf", new byte[0], "application/pdf")
                .post("/api/proposals/" + id + "/documents").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("file")).body("violations[0].code", equalTo("empty"))
                .body("violations[0].message", containsString("empty"));
        as(OFFICER).get("/api/proposals/" + id + "/documents").then().statusCode(200).body("$", empty());
    }
}
