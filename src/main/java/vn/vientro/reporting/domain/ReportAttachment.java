package vn.vientro.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/**
 * A file attached to a report: added while the report is prepared (no report yet, it waits on the obligation) and
 * joined to the report when that is sent, so the officer reviews the report with its files.
 */
@Entity
@Table(name = "aid_report_attachment")
public class ReportAttachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "obligation_id")
    public long obligationId;

    /** The report it went with; none while the report is being prepared. */
    @Column(name = "report_id")
    public Long reportId;

    public String filename;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long size;

    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
