package vn.vientro.document.domain;

import vn.vientro.proposal.domain.ProposalStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The documents drafted after the decision: on approval the decision itself (Quyết định phê duyệt khoản viện trợ),
 * the notice to the donor and the cover letter to the Ministry of Finance; on rejection the refusal letter. One
 * template each, {@code <path>.docx}.
 */
public enum DocumentKind {
    DECISION("decision", ProposalStatus.APPROVED, "quyet-dinh-phe-duyet"),
    DONOR_NOTICE("donor-notice", ProposalStatus.APPROVED, "thong-bao-nha-tai-tro"),
    MINISTRY_LETTER("ministry-letter", ProposalStatus.APPROVED, "cong-van-gui-bo-tai-chinh"),
    REFUSAL("refusal", ProposalStatus.REJECTED, "cong-van-khong-phe-duyet"),
    /** The province's covering letter of its annual report to the Ministry of Finance (Art. 13(9)): about a year. */
    ANNUAL_REPORT_LETTER("annual-report-letter", null, "cong-van-bao-cao-nam");

    /** The kind's name in the API path and its template's file name. */
    public final String path;
    /** The status the proposal must be in; null for a document about a report year, not a proposal. */
    public final ProposalStatus needs;
    /** The downloaded file's name, before the proposal's id. */
    public final String fileName;

    DocumentKind(String path, ProposalStatus needs, String fileName) {
        this.path = path;
        this.needs = needs;
        this.fileName = fileName;
    }

    public String template() {
        return path + ".docx";
    }

    /** The placeholders this kind's template may use. */
    public List<Placeholder> placeholders() {
        Placeholder.Of of = needs == null ? Placeholder.Of.REPORT_YEAR : Placeholder.Of.PROPOSAL;
        return Arrays.stream(Placeholder.values()).filter(p -> p.of == Placeholder.Of.ANY || p.of == of)
                .filter(p -> p.only == null || p.only == needs).toList();
    }

    /** A kind drafted for a proposal, by its path. */
    public static Optional<DocumentKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.needs != null && k.path.equals(path)).findFirst();
    }

    /** The paths of the kinds drafted for a proposal. */
    public static List<String> paths() {
        return Arrays.stream(values()).filter(k -> k.needs != null).map(k -> k.path).toList();
    }
}
