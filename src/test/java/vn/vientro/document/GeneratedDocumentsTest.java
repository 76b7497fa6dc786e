package vn.vientro.document;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import vn.vientro.document.domain.DocumentKind;
import vn.vientro.project.service.ProjectLifecycle;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.service.ProposalInput;
import vn.vientro.proposal.service.ProposalService;
import vn.vientro.security.Actor;
import vn.vientro.security.Roles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The documents drafted after the decision, through HTTP on proposals taken through the real process: each .docx is
 * opened and its text checked against what was entered (the expected texts are written out here by hand) and its
 * layout against Decree 30/2020 ({@link Decree30Layout}, the same check for every kind).
 * The files are kept under target/generated-documents/ for rendering.
 */
@QuarkusTest
class GeneratedDocumentsTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String DECISION_NUMBER = "315/QĐ-UBND";
    /** A past day below 10 in February: both take a leading zero in a date line. */
    private static final String DECISION_DATE = "2026-02-07";
    private static final String SIGNER = "Nguyễn Văn Minh";
    private static final String OWNER = "Trung tâm Y tế khu vực Gò Dầu";
    private static final String OBJECTIVES = "Cung cấp nước sạch cho 12 trường học và 3 trạm y tế.";
    private static final String REVOCATION_NUMBER = "45/QĐ-UBND";
    /** A day below 10 in September: the day takes a leading zero, the month does not. */
    private static final String REVOCATION_DATE = "2026-09-08";
    /** As the approver typed it, with its closing stop (the document's sentence has its own). */
    private static final String REVOCATION_REASON = "Chủ khoản viện trợ không triển khai sau 6 tháng, không giải trình.";

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    ProposalService proposalService;

    @Inject
    ProjectLifecycle lifecycle;

    /** 1,250,000,000 VND from Plan International, at Bến Cầu and Gò Dầu; the Police and Health consulted. */
    private static Map<String, Object> proposalBody(String title) {
        Map<String, Object> body = proposal("PROJECT", title);
        body.put("committedAmount", 1_250_000_000L);
        body.put("currency", "VND");
        body.put("counterpartFundsVnd", 500_000_000L);
        body.put("locations", List.of("TN-GODAU", "TN-BENCAU"));
        body.put("description", OBJECTIVES);
        return body;
    }

    /** Submitted, checked, both agencies asked and agreeing, recommended; then the approver's decision. */
    private static long decided(Map<String, Object> body, String outcome, Map<String, Object> fields) {
        return decided(body, "agree", Map.of(), outcome, fields);
    }

    /** As above, the health department answering {@code healthAnswer} with {@code healthFields}. */
    private static long decided(Map<String, Object> body, String healthAnswer, Map<String, Object> healthFields,
                                String outcome, Map<String, Object> fields) {
        long id = ((Number) as(OFFICER).body(body).post("/api/proposals?submit=true").then().statusCode(201)
                .extract().path("id")).longValue();
        submittedOn(id, LocalDate.parse(DECISION_DATE));
        complete(id, "checkDossier", APPRAISER, "complete", Map.of());
        complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA", "SYT")));
        complete(id, "giveOpinion", CONSULTEE_POLICE, "agree", Map.of());
        complete(id, "giveOpinion", CONSULTEE_HEALTH, healthAnswer, healthFields);
        complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đủ điều kiện."));
        complete(id, "approveProposal", APPROVER, outcome, fields);
        return id;
    }

    private static long approved(Map<String, Object> body) {
        return decided(body, "approve", Map.of("decisionNumber", DECISION_NUMBER, "decisionDate", DECISION_DATE,
                "decisionSigner", SIGNER));
    }

    /**
     * Approved on {@link #DECISION_DATE}, then its start watchdog's timer fires (as the job executor would six months
     * on), the appraiser finds no good reason and the approver revokes it from the inbox.
     */
    private long revoked(Map<String, Object> body) {
        long id = approved(body);
        String watch = runtime.createProcessInstanceQuery().processInstanceBusinessKey("project:" + id).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(watch).activityId("watchExpires").singleResult().getId());
        complete(id, "reviewStart", APPRAISER, "noGoodReason", Map.of("reviewNote", "Không có lý do chính đáng"));
        complete(id, "decideRevocation", APPROVER, "revoke", Map.of("decisionNumber", REVOCATION_NUMBER,
                "decisionDate", REVOCATION_DATE, "reason", REVOCATION_REASON));
        assertThat(status(id)).isEqualTo("REVOKED");
        return id;
    }

    private static Response download(String user, long id, String kind) {
        return as(user).accept(DOCX + ", application/problem+json").get("/api/proposals/" + id + "/documents/generated/" + kind);
    }

    private static XWPFDocument document(long id, String kind) throws IOException {
        return document(id, kind, kind);
    }

    /** {@code kept}: the name, before ".docx", of the copy under target/generated-documents/. */
    private static XWPFDocument document(long id, String kind, String kept) throws IOException {
        Response response = download(APPROVER, id, kind);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(DOCX);
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"").endsWith("-" + id + ".docx\"");
        byte[] content = response.asByteArray();
        Path copy = Path.of("target", "generated-documents", kept + ".docx");
        Files.createDirectories(copy.getParent());
        Files.write(copy, content);
        return new XWPFDocument(new ByteArrayInputStream(content));
    }

    @Test
    void theDecisionSaysWhatWasApprovedInTheDecreesLayout() throws IOException {
        long id = approved(proposalBody("Nước sạch cho trường học xã Gò Dầu"));
        try (XWPFDocument doc = document(id, "decision")) {
            List<String> lines = lines(doc);
            assertThat(String.join("\n", lines)).doesNotContain("{{", "}}");
            assertThat(lines).contains("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "Số: " + DECISION_NUMBER,
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Tây Ninh, ngày 07 tháng 02 năm 2026", "QUYẾT ĐỊNH",
                    "Về việc phê duyệt khoản viện trợ “Nước sạch cho trường học xã Gò Dầu”", "QUYẾT ĐỊNH:",
                    "1. Tên khoản viện trợ: Nước sạch cho trường học xã Gò Dầu.",
                    "4. Chủ khoản viện trợ: " + OWNER + ".",
                    "5. Nhà tài trợ: Tổ chức Plan International.",
                    "6. Mục tiêu: " + OBJECTIVES,
                    "8. Địa điểm thực hiện: Xã Bến Cầu, Xã Gò Dầu.",
                    "9. Tổng giá trị khoản viện trợ: 1.250.000.000 đồng (Bằng chữ: Một tỷ hai trăm năm mươi triệu đồng).",
                    "10. Vốn đối ứng: 500.000.000 đồng (Bằng chữ: Năm trăm triệu đồng).",
                    "TM. ỦY BAN NHÂN DÂN", SIGNER);
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2. Loại viện trợ: Dự án; lĩnh vực: "));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Căn cứ Nghị định số 313/2025/NĐ-CP"));
            // the recipients' cell, then the signature's
            assertThat(lines.subList(lines.indexOf("Nơi nhận:"), lines.indexOf("TM. ỦY BAN NHÂN DÂN")))
                    .contains("- Công an tỉnh;", "- Sở Y tế;").last().asString().startsWith("- Lưu: VT");

            List<XWPFRun> basis = runsOf(paragraphsStartingWith(doc, "Căn cứ"));
            assertThat(basis).as("the 'Căn cứ' lines").hasSizeGreaterThanOrEqualTo(2).allMatch(XWPFRun::isItalic);
            XWPFParagraph article1 = paragraphsStartingWith(doc, "Điều 1.").get(0);
            assertThat(article1.getRuns().get(0).text()).isEqualTo("Điều 1.");
            assertThat(article1.getRuns().get(0).isBold()).isTrue();
            assertThat(article1.getRuns().get(1).isBold()).as("the article's text after its number").isFalse();
            Decree30Layout.assertLayout(doc, DocumentKind.DECISION);
        }
    }

    @Test
    void theDecisionBindsTheAidOwnerToTheConditionsItCarries() throws IOException {
        long id = decided(proposalBody("Phòng khám lưu động xã Bến Cầu"), "agreeWithConditions",
                Map.of("conditions", "Bàn giao thiết bị cho trạm y tế trước tháng 6."), "approve",
                Map.of("decisionNumber", DECISION_NUMBER, "decisionDate", DECISION_DATE, "decisionSigner", SIGNER,
                        "conditions", "Báo cáo tiến độ hằng quý cho Sở Tài chính"));
        try (XWPFDocument doc = document(id, "decision", "decision-with-conditions")) {
            List<String> lines = lines(doc);
            int article2 = lines.indexOf(lines.stream().filter(l -> l.startsWith("Điều 2.")).findFirst().orElseThrow());
            // the agency's answer first, then the decision's own, right under the aid owner's duties in Article 2
            assertThat(lines.subList(article2 + 1, article2 + 4)).containsExactly(
                    OWNER + " thực hiện điều kiện: Bàn giao thiết bị cho trạm y tế trước tháng 6 (theo ý kiến của Sở Y tế).",
                    OWNER + " thực hiện điều kiện: Báo cáo tiến độ hằng quý cho Sở Tài chính.",
                    lines.stream().filter(l -> l.startsWith("Điều 3.")).findFirst().orElseThrow());
            XWPFParagraph condition = paragraphsStartingWith(doc, OWNER + " thực hiện điều kiện").get(0);
            assertThat(condition.getRuns()).noneMatch(XWPFRun::isBold);
            assertThat(condition.getIndentationFirstLine()).isEqualTo(paragraphsStartingWith(doc, "Điều 2.").get(0).getIndentationFirstLine());
            Decree30Layout.assertLayout(doc, DocumentKind.DECISION);
        }
        long plain = approved(proposalBody("Phòng khám lưu động xã Gò Dầu"));
        try (XWPFDocument doc = document(plain, "decision")) {
            List<String> lines = lines(doc);
            assertThat(String.join("\n", lines)).doesNotContain("điều kiện", "{{");
            // the articles run 1, 2, 3 with nothing between the second and the third
            assertThat(lines.stream().filter(l -> l.startsWith("Điều ")).map(l -> l.substring(0, 7)))
                    .containsExactly("Điều 1.", "Điều 2.", "Điều 3.");
            int article2 = lines.indexOf(lines.stream().filter(l -> l.startsWith("Điều 2.")).findFirst().orElseThrow());
            assertThat(lines.get(article2 + 1)).startsWith("Điều 3.");
        }
    }

    @Test
    void theLettersAfterAnApprovalNameTheDecision() throws IOException {
        long id = approved(proposalBody("Trang thiết bị cho trạm y tế xã Bến Cầu"));
        for (String kind : List.of("donor-notice", "ministry-letter")) {
            try (XWPFDocument doc = document(id, kind)) {
                String text = String.join("\n", lines(doc));
                assertThat(text).as(kind).doesNotContain("{{")
                        .contains("Số:", "/UBND-KT", "ngày 07 tháng 02 năm 2026", "Quyết định số " + DECISION_NUMBER,
                                "“Trang thiết bị cho trạm y tế xã Bến Cầu”", "Tổ chức Plan International", OWNER,
                                "1.250.000.000 đồng (Bằng chữ: Một tỷ hai trăm năm mươi triệu đồng)",
                                "năm " + today().getYear(), "- Lưu: VT");
                Decree30Layout.assertLayout(doc, DocumentKind.ofPath(kind).orElseThrow());
            }
        }
        try (XWPFDocument letter = document(id, "ministry-letter")) {
            assertThat(lines(letter)).contains("Kính gửi: Bộ Tài chính.", "- Công an tỉnh;", "- Sở Y tế;");
        }
        try (XWPFDocument notice = document(id, "donor-notice")) {
            assertThat(lines(notice)).contains("Kính gửi: Tổ chức Plan International.");
        }
    }

    @Test
    void theRefusalGivesTheReasonAndEachDocumentNeedsItsOutcome() throws IOException {
        String reason = "Thiết bị đã qua sử dụng, không đạt tiêu chuẩn kỹ thuật.";
        long rejected = decided(proposalBody("Thiết bị đã qua sử dụng"), "reject", Map.of("rejectionReason", reason));
        try (XWPFDocument doc = document(rejected, "refusal")) {
            List<String> lines = lines(doc);
            assertThat(String.join("\n", lines)).doesNotContain("{{")
                    .contains("không phê duyệt khoản viện trợ nêu trên, với lý do: " + reason)
                    .contains("“Thiết bị đã qua sử dụng”", "1.250.000.000 đồng");
            assertThat(lines).contains("V/v không phê duyệt khoản viện trợ", "- Tổ chức Plan International;", "- " + OWNER + ".");
            Decree30Layout.assertLayout(doc, DocumentKind.REFUSAL);
        }
        Response decision = download(APPROVER, rejected, "decision");
        assertThat(decision.statusCode()).isEqualTo(409);
        assertThat(decision.contentType()).startsWith("application/problem+json");
        assertThat(decision.jsonPath().getString("detail")).contains("APPROVED", "REJECTED");

        long pending = submitted("PROJECT", "Đề xuất đang kiểm tra");
        assertThat(download(APPROVER, pending, "decision").statusCode()).isEqualTo(409);
        assertThat(download(APPROVER, pending, "refusal").statusCode()).isEqualTo(409);
    }

    @Test
    void dataTheTemplateNeedsAndTheProposalLacksIsNamedAndNoDocumentIsMade() {
        Map<String, Object> body = proposalBody("Đề xuất không ghi mục tiêu");
        body.remove("description");
        long id = approved(body);
        Response decision = download(APPROVER, id, "decision");
        assertThat(decision.statusCode()).as(decision.asString()).isEqualTo(422);
        assertThat(decision.contentType()).startsWith("application/problem+json");
        assertThat(decision.jsonPath().getList("missingFields")).containsExactly("description");
        assertThat(decision.jsonPath().getString("code")).isEqualTo("missing-fields");
        // the notice to the donor does not state the objectives, so it can be drafted
        assertThat(download(APPROVER, id, "donor-notice").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyThoseWhoReadProposalsGetTheDocuments() {
        long id = approved(proposalBody("Dự án kiểm tra quyền tải văn bản"));
        for (String user : List.of(OFFICER, APPRAISER, LEADERSHIP, ADMIN)) {
            assertThat(download(user, id, "decision").statusCode()).as(user).isEqualTo(200);
        }
        assertThat(given().get("/api/proposals/" + id + "/documents/generated/decision").statusCode()).isEqualTo(401);
        Response consultee = download(CONSULTEE_POLICE, id, "decision");
        assertThat(consultee.statusCode()).isEqualTo(403);
        assertThat(consultee.contentType()).startsWith("application/problem+json");
        assertThat(download(APPROVER, 987_654_321L, "decision").statusCode()).isEqualTo(404);
        Response unknown = download(APPROVER, id, "memo");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.jsonPath().getString("violations[0].field")).isEqualTo("kind");
        assertThat(unknown.jsonPath().getString("violations[0].in")).isEqualTo("path");
    }

    @Test
    void theRevocationDecisionRevokesTheApprovedAidForItsReasonInTheDecreesLayout() throws IOException {
        long id = revoked(proposalBody("Nhà văn hóa cộng đồng xã Bến Cầu"));
        try (XWPFDocument doc = document(id, "revocation")) {
            List<String> lines = lines(doc);
            assertThat(String.join("\n", lines)).doesNotContain("{{", "}}", "..");
            assertThat(lines).contains("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "Số: " + REVOCATION_NUMBER,
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Tây Ninh, ngày 08 tháng 9 năm 2026", "QUYẾT ĐỊNH",
                    "Về việc thu hồi khoản viện trợ “Nhà văn hóa cộng đồng xã Bến Cầu”",
                    "Căn cứ Quyết định số 315/QĐ-UBND ngày 07 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Tây Ninh phê duyệt "
                            + "khoản viện trợ “Nhà văn hóa cộng đồng xã Bến Cầu”;",
                    "QUYẾT ĐỊNH:",
                    "Điều 1. Thu hồi khoản viện trợ “Nhà văn hóa cộng đồng xã Bến Cầu” do Tổ chức Plan International tài trợ, "
                            + OWNER + " là chủ khoản viện trợ, đã được phê duyệt tại Quyết định số 315/QĐ-UBND ngày 07 tháng 02 "
                            + "năm 2026 của Ủy ban nhân dân tỉnh Tây Ninh.",
                    "Lý do thu hồi: Chủ khoản viện trợ không triển khai sau 6 tháng, không giải trình.",
                    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", SIGNER);
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Căn cứ Nghị định số 313/2025/NĐ-CP"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
                    .contains("Quyết định số 315/QĐ-UBND hết hiệu lực"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Điều 3.").contains("Giám đốc Sở Tài chính", OWNER)
                    .endsWith("chịu trách nhiệm thi hành Quyết định này./."));
            assertThat(lines.stream().filter(l -> l.startsWith("Điều ")).map(l -> l.substring(0, 7)))
                    .containsExactly("Điều 1.", "Điều 2.", "Điều 3.");
            assertThat(lines.subList(lines.indexOf("Nơi nhận:"), lines.indexOf("TM. ỦY BAN NHÂN DÂN")))
                    .contains("- Như Điều 3;", "- Tổ chức Plan International;", "- Sở Tài chính;", "- " + OWNER + ";")
                    .last().asString().startsWith("- Lưu: VT");

            List<XWPFRun> basis = runsOf(paragraphsStartingWith(doc, "Căn cứ"));
            assertThat(basis).as("the 'Căn cứ' lines").hasSizeGreaterThanOrEqualTo(3).allMatch(XWPFRun::isItalic);
            for (String article : List.of("Điều 1.", "Điều 2.", "Điều 3.")) {
                XWPFParagraph paragraph = paragraphsStartingWith(doc, article).get(0);
                assertThat(paragraph.getRuns().get(0).text()).isEqualTo(article);
                assertThat(paragraph.getRuns().get(0).isBold()).as(article).isTrue();
                assertThat(paragraph.getRuns().get(1).isBold()).as("the text after " + article).isFalse();
            }
            Decree30Layout.assertLayout(doc, DocumentKind.REVOCATION);
        }
        try (XWPFDocument notice = document(id, "revocation-notice")) {
            List<String> lines = lines(notice);
            String text = String.join("\n", lines);
            assertThat(text).doesNotContain("{{", "..").contains(
                    "ngày 08 tháng 9 năm 2026, Ủy ban nhân dân tỉnh đã ban hành Quyết định số " + REVOCATION_NUMBER
                            + " thu hồi khoản viện trợ “Nhà văn hóa cộng đồng xã Bến Cầu” do Tổ chức Plan International tài trợ, "
                            + "đã được phê duyệt tại Quyết định số 315/QĐ-UBND ngày 07 tháng 02 năm 2026",
                    "1.250.000.000 đồng (Bằng chữ: Một tỷ hai trăm năm mươi triệu đồng)", "năm " + today().getYear());
            assertThat(lines).contains("Kính gửi: Tổ chức Plan International.", "V/v thông báo thu hồi khoản viện trợ",
                    "- Chủ khoản viện trợ: " + OWNER + ";",
                    "- Lý do thu hồi: Chủ khoản viện trợ không triển khai sau 6 tháng, không giải trình.",
                    "- Sở Tài chính;", "- " + OWNER + ";", SIGNER);
            assertThat(lines.get(lines.indexOf("Nơi nhận:") + 1)).isEqualTo("- Như trên;");
            assertThat(lines.subList(lines.indexOf("Nơi nhận:"), lines.indexOf("TM. ỦY BAN NHÂN DÂN")))
                    .last().asString().startsWith("- Lưu: VT");
            Decree30Layout.assertLayout(notice, DocumentKind.REVOCATION_NOTICE);
        }
    }

    @Test
    void theRevocationDocumentsNeedARevokedProjectAndTheApprovalsOnesAnApprovedOne() {
        long approved = approved(proposalBody("Dự án đang chạy, chưa thu hồi"));
        for (String kind : List.of("revocation", "revocation-notice")) {
            Response early = download(APPROVER, approved, kind);
            assertThat(early.statusCode()).as(kind).isEqualTo(409);
            assertThat(early.contentType()).startsWith("application/problem+json");
            assertThat(early.jsonPath().getString("code")).isEqualTo("document-not-due");
            assertThat(early.jsonPath().getString("detail")).contains("REVOKED", "is APPROVED");
        }
        long pending = submitted("PROJECT", "Đề xuất chưa quyết định, chưa thể thu hồi");
        assertThat(download(APPROVER, pending, "revocation").statusCode()).isEqualTo(409);

        long revoked = revoked(proposalBody("Dự án đã thu hồi"));
        assertThat(download(APPROVER, revoked, "decision").statusCode()).isEqualTo(409);
        assertThat(download(APPROVER, revoked, "refusal").statusCode()).isEqualTo(409);
        assertThat(download(LEADERSHIP, revoked, "revocation-notice").statusCode()).isEqualTo(200);
        assertThat(download(CONSULTEE_POLICE, revoked, "revocation").statusCode()).isEqualTo(403);
    }

    /**
     * A project entered from the old register, where the signer of its approval was not kept, revoked as the
     * watchdog's end does: its revocation documents name the signer, so they are refused naming that field.
     */
    @Test
    void aRevocationOfAnApprovalWithoutItsSignerNamesWhatIsMissing() {
        Actor officer = new Actor(OFFICER, Set.of(Roles.OFFICER), "SNV");
        long id = QuarkusTransaction.requiringNew().call(() -> proposalService.importApproved(new ProposalInput(AidKind.PROJECT, "Dự án nhập từ sổ cũ", "Imported",
                ngoId("Plan International"), OWNER, List.of(new ProposalInput.SectorShareInput("HEALTH", new BigDecimal("100"))),
                List.of("TN-GODAU"), LocalDate.parse(DECISION_DATE), LocalDate.parse(DECISION_DATE).plusYears(1),
                new BigDecimal("50000"), "USD", BigDecimal.ZERO, 100, null, null), "12/QĐ-UBND", LocalDate.parse(DECISION_DATE),
                null, officer));
        lifecycle.revoke(id, REVOCATION_NUMBER, LocalDate.parse(REVOCATION_DATE), REVOCATION_REASON, APPROVER);
        for (String kind : List.of("revocation", "revocation-notice")) {
            Response response = download(APPROVER, id, kind);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("code")).isEqualTo("missing-fields");
            assertThat(response.jsonPath().getList("missingFields")).containsExactly("decisionSigner");
        }
    }

    /** The text of every paragraph, in the body and in tables, in document order. */
    private static List<String> lines(XWPFDocument doc) {
        return Decree30Layout.paragraphs(doc).stream().map(XWPFParagraph::getText).toList();
    }

    private static List<XWPFParagraph> paragraphsStartingWith(XWPFDocument doc, String start) {
        List<XWPFParagraph> found = Decree30Layout.paragraphs(doc).stream().filter(p -> p.getText().startsWith(start)).toList();
        assertThat(found).as("paragraphs starting '%s'", start).isNotEmpty();
        return found;
    }

    private static List<XWPFRun> runsOf(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().flatMap(p -> p.getRuns().stream()).filter(r -> !r.text().isBlank()).toList();
    }
}
