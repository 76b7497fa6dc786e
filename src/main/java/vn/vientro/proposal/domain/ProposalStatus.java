package vn.vientro.proposal.domain;

/**
 * Where a proposal stands. The process sets it at every step (each BPMN task and end event names its
 * status), in the same transaction, so lists and reports read it from our table only.
 */
public enum ProposalStatus {
    DRAFT("Dự thảo", "Draft"),
    CHECKING("Đang kiểm tra hồ sơ", "Checking the dossier"),
    SUPPLEMENT_REQUESTED("Chờ bổ sung hồ sơ", "Supplement requested"),
    CONSULTING("Đang lấy ý kiến", "Collecting opinions"),
    APPRAISING("Đang thẩm định", "Under appraisal"),
    REVISION_REQUESTED("Chờ chỉnh sửa", "Revision requested"),
    AWAITING_APPROVAL("Chờ phê duyệt", "Awaiting approval"),
    APPROVED("Đã phê duyệt", "Approved"),
    REJECTED("Không phê duyệt", "Rejected"),
    WITHDRAWN("Đã rút", "Withdrawn");

    public final String labelVi;
    public final String labelEn;

    ProposalStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }
}
