package vn.vientro.document.domain;

import vn.vientro.proposal.domain.ProposalStatus;

/**
 * What a document template may ask for, written {@code {{key}}} in the .docx. {@code field} names the proposal's data a
 * missing value comes from (in the 422 answer); {@code only}: the placeholder belongs to documents of proposals in that
 * status (the decision's number to the approval's documents, the reason to the refusal), null: to every document.
 * A list placeholder repeats the paragraph it stands in, once per item. {@code of}: what the document is about (a
 * proposal, a report year, or any: the province and the year of writing).
 */
public enum Placeholder {
    PROVINCE("province", "vientro.province.name", null, false, Of.ANY),
    PROVINCE_UPPER("provinceUpper", "vientro.province.name", null, false, Of.ANY),
    AID_NAME("aidName", "titleVi", null, false),
    AID_KIND("aidKind", "kind", null, false),
    SECTORS("sectors", "sectors", null, false),
    LOCATIONS("locations", "locations", null, false),
    DONOR("donor", "ngoId", null, false),
    AID_OWNER("aidOwner", "aidOwner", null, false),
    OBJECTIVES("objectives", "description", null, false),
    PLANNED_START("plannedStart", "plannedStart", null, false),
    PLANNED_END("plannedEnd", "plannedEnd", null, false),
    AMOUNT("amount", "committedAmount", null, false),
    AMOUNT_IN_WORDS("amountInWords", "committedAmount", null, false),
    COUNTERPART_FUNDS("counterpartFunds", "counterpartFundsVnd", null, false),
    /** The year a letter is drafted in, for its date line; the office writes the day and month when it issues it. */
    YEAR("year", "year", null, false, Of.ANY),
    CONSULTED_AGENCIES("consultedAgencies", "opinions", null, true),
    /** The conditions the decision carries, each with the agency whose answer set it. */
    CONDITIONS("conditions", "conditions", ProposalStatus.APPROVED, true),
    DECISION_NUMBER("decisionNumber", "decisionNumber", ProposalStatus.APPROVED, false),
    DECISION_DATE("decisionDate", "decisionDate", ProposalStatus.APPROVED, false),
    DECISION_SIGNER("decisionSigner", "decisionSigner", ProposalStatus.APPROVED, false),
    REJECTION_REASON("rejectionReason", "rejectionReason", ProposalStatus.REJECTED, false),
    // The annual report to the ministry (Art. 13(9)): the year's headline figures, amounts in USD.
    REPORT_YEAR("reportYear", "reportYear", null, false, Of.REPORT_YEAR),
    APPROVED_COUNT("approvedCount", "approved", null, false, Of.REPORT_YEAR),
    AMENDED_COUNT("amendedCount", "amended", null, false, Of.REPORT_YEAR),
    REVOKED_COUNT("revokedCount", "revoked", null, false, Of.REPORT_YEAR),
    CLOSED_COUNT("closedCount", "closed", null, false, Of.REPORT_YEAR),
    ACTIVE_COUNT("activeCount", "activeProjects", null, false, Of.REPORT_YEAR),
    DONOR_COUNT("donorCount", "donors", null, false, Of.REPORT_YEAR),
    COMMITTED_USD("committedUsd", "committedUsd", null, false, Of.REPORT_YEAR),
    COMMITTED_USD_IN_WORDS("committedUsdInWords", "committedUsd", null, false, Of.REPORT_YEAR),
    DISBURSED_USD("disbursedUsd", "disbursedUsd", null, false, Of.REPORT_YEAR),
    DISBURSED_USD_IN_WORDS("disbursedUsdInWords", "disbursedUsd", null, false, Of.REPORT_YEAR);

    /** What a document is about, so a template uses only the placeholders its kind can fill. */
    public enum Of { ANY, PROPOSAL, REPORT_YEAR }

    public final String key;
    public final String field;
    public final ProposalStatus only;
    public final boolean list;
    public final Of of;

    Placeholder(String key, String field, ProposalStatus only, boolean list) {
        this(key, field, only, list, Of.PROPOSAL);
    }

    Placeholder(String key, String field, ProposalStatus only, boolean list, Of of) {
        this.key = key;
        this.field = field;
        this.only = only;
        this.list = list;
        this.of = of;
    }
}
