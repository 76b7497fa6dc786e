package vn.vientro.reporting.domain;

/** The reports an aid owner owes (Decree 80/2020 Art. 14(4)): every six months, every year, and at completion. */
public enum ReportKind {
    HALF_YEAR("Báo cáo 6 tháng", "Half-year report"),
    ANNUAL("Báo cáo năm", "Annual report"),
    COMPLETION("Báo cáo kết thúc", "Completion report");

    public final String labelVi;
    public final String labelEn;

    ReportKind(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }
}
