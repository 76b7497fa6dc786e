package vn.vientro.proposal.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands. The process sets it at every step (each BPMN task and end event names its
 * status), in the same transaction, so lists and reports read it from our table only. After approval it is a
 * project, which may later be revoked (Decree 80/2020 Art. 4(7)) or closed (Art. 18).
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
    WITHDRAWN("Đã rút", "Withdrawn"),
    REVOKED("Đã thu hồi", "Revoked"),
    CLOSED("Đã kết thúc", "Closed");

    /** The statuses of a project: approved, and what an approved project may become. */
    public static final Set<ProposalStatus> PROJECT = EnumSet.of(APPROVED, REVOKED, CLOSED);

    public final String labelVi;
    public final String labelEn;

    ProposalStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** Approved once, so a project: read everywhere projects are read and counted in every report. */
    public boolean isProject() {
        return PROJECT.contains(this);
    }

    /** A project that has ended (revoked or closed): its figures stay, but nothing new is recorded against it. */
    public boolean isEndedProject() {
        return this == REVOKED || this == CLOSED;
    }
}
