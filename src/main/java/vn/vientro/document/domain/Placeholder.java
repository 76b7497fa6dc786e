package vn.vientro.document.domain;

import vn.vientro.proposal.domain.ProposalStatus;

/**
 * What a document template may ask for, written {@code {{key}}} in the .docx. {@code field} names the proposal's data a
 * missing value comes from (in the 422 answer); {@code only}: the placeholder belongs to documents of proposals in that
 * status (the decision's number to the approval's documents, the reason to the refusal), null: to every document.
 * A list placeholder repeats the paragraph it stands in, once per item.
 */
public enum Placeholder {
    PROVINCE("province", "vientro.province.name", null, false),
    PROVINCE_UPPER("provinceUpper", "vientro.province.name", null, false),
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
    YEAR("year", "year", null, false),
    CONSULTED_AGENCIES("consultedAgencies", "opinions", null, true),
    DECISION_NUMBER("decisionNumber", "decisionNumber", ProposalStatus.APPROVED, false),
    DECISION_DATE("decisionDate", "decisionDate", ProposalStatus.APPROVED, false),
    DECISION_SIGNER("decisionSigner", "decisionSigner", ProposalStatus.APPROVED, false),
    REJECTION_REASON("rejectionReason", "rejectionReason", ProposalStatus.REJECTED, false);

    public final String key;
    public final String field;
    public final ProposalStatus only;
    public final boolean list;

    Placeholder(String key, String field, ProposalStatus only, boolean list) {
        this.key = key;
        this.field = field;
        this.only = only;
        this.list = list;
    }
}
