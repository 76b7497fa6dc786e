package vn.vientro.proposal.domain;

/** Kinds of aid (Decree 80/2020 pattern). The process route per kind is decided in bpmn/proposal-route.dmn. */
public enum AidKind {
    PROGRAMME("Chương trình", "Programme"),
    PROJECT("Dự án", "Project"),
    NON_PROJECT("Phi dự án", "Non-project aid"),
    EMERGENCY_RELIEF("Viện trợ khẩn cấp", "Emergency relief");

    public final String labelVi;
    public final String labelEn;

    AidKind(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }
}
