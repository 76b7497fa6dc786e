package vn.vientro.reporting.domain;

/** Where a report obligation stands; whether it is overdue is read from its due date, not stored here. */
public enum ObligationStatus {
    DUE("Chưa nộp", "Due"),
    SUBMITTED("Đã nộp, chờ xem xét", "Submitted"),
    ACCEPTED("Đã chấp nhận", "Accepted"),
    CORRECTION_REQUESTED("Yêu cầu bổ sung, sửa đổi", "Correction requested"),
    /** No longer owed: the project was closed or revoked before the report was sent. */
    CANCELLED("Không còn phải báo cáo", "No longer owed");

    public final String labelVi;
    public final String labelEn;

    ObligationStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The aid owner has a report to send: a first one, or a corrected one. */
    public boolean awaitsReport() {
        return this == DUE || this == CORRECTION_REQUESTED;
    }
}
