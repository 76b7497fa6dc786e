package vn.vientro.document.domain;

import vn.vientro.proposal.domain.ProposalStatus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The documents drafted after the decision: on approval the decision itself (Quyết định phê duyệt khoản viện trợ),
 * the notice to the donor and the cover letter to the Ministry of Finance; on rejection the refusal letter; on
 * revocation (Art. 4(7)) the revocation decision and the notice to the donor. One template each, {@code <path>.docx}.
 */
public enum DocumentKind {
    DECISION("decision", EnumSet.of(ProposalStatus.APPROVED), "quyet-dinh-phe-duyet"),
    DONOR_NOTICE("donor-notice", EnumSet.of(ProposalStatus.APPROVED), "thong-bao-nha-tai-tro"),
    MINISTRY_LETTER("ministry-letter", EnumSet.of(ProposalStatus.APPROVED), "cong-van-gui-bo-tai-chinh"),
    REFUSAL("refusal", EnumSet.of(ProposalStatus.REJECTED), "cong-van-khong-phe-duyet"),
    REVOCATION("revocation", EnumSet.of(ProposalStatus.REVOKED), "quyet-dinh-thu-hoi"),
    REVOCATION_NOTICE("revocation-notice", EnumSet.of(ProposalStatus.REVOKED), "thong-bao-thu-hoi-nha-tai-tro"),
    /** The province's covering letter of its annual report to the Ministry of Finance (Art. 13(9)): about a year. */
    ANNUAL_REPORT_LETTER("annual-report-letter", EnumSet.noneOf(ProposalStatus.class), "cong-van-bao-cao-nam");

    /** The kind's name in the API path and its template's file name. */
    public final String path;
    /** The statuses the proposal must be in (one of); none for a document about a report year, not a proposal. */
    public final Set<ProposalStatus> needs;
    /** The downloaded file's name, before the proposal's id. */
    public final String fileName;

    DocumentKind(String path, Set<ProposalStatus> needs, String fileName) {
        this.path = path;
        this.needs = Set.copyOf(needs);
        this.fileName = fileName;
    }

    public String template() {
        return path + ".docx";
    }

    /**
     * The placeholders this kind's template may use: those limited to no status, and those whose statuses cover every
     * status the kind is drafted in (so the value exists whichever it is).
     */
    public List<Placeholder> placeholders() {
        Placeholder.Of of = aboutProposal() ? Placeholder.Of.PROPOSAL : Placeholder.Of.REPORT_YEAR;
        return Arrays.stream(Placeholder.values()).filter(p -> p.of == Placeholder.Of.ANY || p.of == of)
                .filter(p -> p.only.isEmpty() || p.only.containsAll(needs)).toList();
    }

    /** Whether the kind is drafted for a proposal (rather than for a report year). */
    public boolean aboutProposal() {
        return !needs.isEmpty();
    }

    /** A kind drafted for a proposal, by its path. */
    public static Optional<DocumentKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.aboutProposal() && k.path.equals(path)).findFirst();
    }

    /** The kinds drafted for a proposal in {@code status}, in the order the page lists them. */
    public static List<DocumentKind> of(ProposalStatus status) {
        return Arrays.stream(values()).filter(k -> k.needs.contains(status)).toList();
    }

    /** The paths of the kinds drafted for a proposal. */
    public static List<String> paths() {
        return Arrays.stream(values()).filter(DocumentKind::aboutProposal).map(k -> k.path).toList();
    }
}
