package vn.vientro.document.domain;

import vn.vientro.proposal.domain.ProposalStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a document template may ask for, written {@code {{key}}} in the .docx. {@code field} names the proposal's data a
 * missing value comes from (in the 422 answer); {@code only}: the placeholder belongs to documents of proposals in these
 * statuses (the approval's number to the approval's documents and the revocation's, since a revoked project was
 * approved; the reason to the refusal), empty: to every document.
 * A list placeholder repeats the paragraph it stands in, once per item. {@code of}: what the document is about (a
 * proposal, a report year, or any: the province and the year of writing).
 */
public enum Placeholder {
    PROVINCE("province", "vientro.province.name", Only.ANY, false, Of.ANY),
    PROVINCE_UPPER("provinceUpper", "vientro.province.name", Only.ANY, false, Of.ANY),
    AID_NAME("aidName", "titleVi", Only.ANY, false),
    AID_KIND("aidKind", "kind", Only.ANY, false),
    SECTORS("sectors", "sectors", Only.ANY, false),
    LOCATIONS("locations", "locations", Only.ANY, false),
    DONOR("donor", "ngoId", Only.ANY, false),
    AID_OWNER("aidOwner", "aidOwner", Only.ANY, false),
    OBJECTIVES("objectives", "description", Only.ANY, false),
    PLANNED_START("plannedStart", "plannedStart", Only.ANY, false),
    PLANNED_END("plannedEnd", "plannedEnd", Only.ANY, false),
    AMOUNT("amount", "committedAmount", Only.ANY, false),
    AMOUNT_IN_WORDS("amountInWords", "committedAmount", Only.ANY, false),
    COUNTERPART_FUNDS("counterpartFunds", "counterpartFundsVnd", Only.ANY, false),
    /** The year a letter is drafted in, for its date line; the office writes the day and month when it issues it. */
    YEAR("year", "year", Only.ANY, false, Of.ANY),
    CONSULTED_AGENCIES("consultedAgencies", "opinions", Only.ANY, true),
    /** The conditions the decision carries, each with the agency whose answer set it. */
    CONDITIONS("conditions", "conditions", Only.APPROVED, true),
    DECISION_NUMBER("decisionNumber", "decisionNumber", Only.APPROVED_ONCE, false),
    DECISION_DATE("decisionDate", "decisionDate", Only.APPROVED_ONCE, false),
    DECISION_SIGNER("decisionSigner", "decisionSigner", Only.APPROVED_ONCE, false),
    REJECTION_REASON("rejectionReason", "rejectionReason", Only.REJECTED, false),
    // The revocation (Art. 4(7)), entered by the approver at the start watchdog's decideRevocation.
    REVOCATION_NUMBER("revocationNumber", "revocationNumber", Only.REVOKED, false),
    REVOCATION_DATE("revocationDate", "revocationDate", Only.REVOKED, false),
    REVOCATION_REASON("revocationReason", "revocationReason", Only.REVOKED, false),
    // The annual report to the ministry (Art. 13(9)): the year's headline figures, amounts in USD.
    REPORT_YEAR("reportYear", "reportYear", Only.ANY, false, Of.REPORT_YEAR),
    APPROVED_COUNT("approvedCount", "approved", Only.ANY, false, Of.REPORT_YEAR),
    AMENDED_COUNT("amendedCount", "amended", Only.ANY, false, Of.REPORT_YEAR),
    REVOKED_COUNT("revokedCount", "revoked", Only.ANY, false, Of.REPORT_YEAR),
    CLOSED_COUNT("closedCount", "closed", Only.ANY, false, Of.REPORT_YEAR),
    ACTIVE_COUNT("activeCount", "activeProjects", Only.ANY, false, Of.REPORT_YEAR),
    DONOR_COUNT("donorCount", "donors", Only.ANY, false, Of.REPORT_YEAR),
    COMMITTED_USD("committedUsd", "committedUsd", Only.ANY, false, Of.REPORT_YEAR),
    COMMITTED_USD_IN_WORDS("committedUsdInWords", "committedUsd", Only.ANY, false, Of.REPORT_YEAR),
    DISBURSED_USD("disbursedUsd", "disbursedUsd", Only.ANY, false, Of.REPORT_YEAR),
    DISBURSED_USD_IN_WORDS("disbursedUsdInWords", "disbursedUsd", Only.ANY, false, Of.REPORT_YEAR),
    // The aid owners' reporting compliance of the year (Art. 14(4)), the totals of the workbook's compliance sheet.
    REPORTS_DUE("reportsDue", "reportingCompliance", Only.ANY, false, Of.REPORT_YEAR),
    REPORTS_ON_TIME("reportsOnTime", "reportingCompliance", Only.ANY, false, Of.REPORT_YEAR),
    REPORTS_LATE("reportsLate", "reportingCompliance", Only.ANY, false, Of.REPORT_YEAR),
    REPORTS_MISSING("reportsMissing", "reportingCompliance", Only.ANY, false, Of.REPORT_YEAR),
    REPORTS_NOT_YET_DUE("reportsNotYetDue", "reportingCompliance", Only.ANY, false, Of.REPORT_YEAR);

    /** The status sets of {@code only}, here since an enum's constants cannot read the enum's own static fields. */
    private static final class Only {
        static final Set<ProposalStatus> ANY = EnumSet.noneOf(ProposalStatus.class);
        static final Set<ProposalStatus> APPROVED = EnumSet.of(ProposalStatus.APPROVED);
        /** A project revoked or closed was approved first: its documents may name that decision. */
        static final Set<ProposalStatus> APPROVED_ONCE = EnumSet.of(ProposalStatus.APPROVED, ProposalStatus.REVOKED,
                ProposalStatus.CLOSED);
        static final Set<ProposalStatus> REJECTED = EnumSet.of(ProposalStatus.REJECTED);
        static final Set<ProposalStatus> REVOKED = EnumSet.of(ProposalStatus.REVOKED);
    }

    /** What a document is about, so a template uses only the placeholders its kind can fill. */
    public enum Of { ANY, PROPOSAL, REPORT_YEAR }

    public final String key;
    public final String field;
    public final Set<ProposalStatus> only;
    public final boolean list;
    public final Of of;

    Placeholder(String key, String field, Set<ProposalStatus> only, boolean list) {
        this(key, field, only, list, Of.PROPOSAL);
    }

    Placeholder(String key, String field, Set<ProposalStatus> only, boolean list, Of of) {
        this.key = key;
        this.field = field;
        this.only = Set.copyOf(only);
        this.list = list;
        this.of = of;
    }
}
