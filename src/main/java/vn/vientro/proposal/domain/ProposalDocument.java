package vn.vientro.proposal.domain;

import jakarta.persistence.*;
import vn.vientro.common.domain.StoredFile;

/** One file of the dossier, stored in the database with the proposal so both commit together. */
@Entity
@Table(name = "proposal_document")
public class ProposalDocument extends StoredFile {

    public enum Type {
        REQUEST_LETTER("Văn bản đề nghị phê duyệt", "Request for approval"),
        DONOR_COMMITMENT("Thư cam kết tài trợ", "Donor's commitment letter"),
        PROJECT_DOCUMENT("Văn kiện chương trình, dự án", "Programme/project document"),
        REGISTRATION_COPY("Bản sao giấy đăng ký", "Copy of the registration certificate"),
        TRANSLATION("Bản dịch công chứng", "Notarised translation"),
        GOODS_LIST("Danh mục hàng hóa, dịch vụ và kết quả dự kiến", "List of goods or services with expected results"),
        OTHER("Tài liệu khác", "Other"),
        /** The People's Committee's decision as signed and sealed, scanned: not part of the dossier, uploaded once approved. */
        SIGNED_DECISION("Quyết định đã ký", "Signed decision");

        public final String labelVi;
        public final String labelEn;

        Type(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id")
    public Long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type")
    public Type type;
}
