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
    REFUSAL("refusal", ProposalStatus.REJECTED, "cong-van-khong-phe-duyet");

    /** The kind's name in the API path and its template's file name. */
    public final String path;
    /** The status the proposal must be in. */
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
        return Arrays.stream(Placeholder.values()).filter(p -> p.only == null || p.only == needs).toList();
    }

    public static Optional<DocumentKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    public static List<String> paths() {
        return Arrays.stream(values()).map(k -> k.path).toList();
    }
}
