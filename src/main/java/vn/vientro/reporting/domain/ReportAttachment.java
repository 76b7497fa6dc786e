package vn.vientro.reporting.domain;

import jakarta.persistence.*;
import vn.vientro.common.domain.StoredFile;

/**
 * A file attached to a report: added while the report is prepared (no report yet, it waits on the obligation) and
 * joined to the report when that is sent, so the officer reviews the report with its files.
 */
@Entity
@Table(name = "aid_report_attachment")
public class ReportAttachment extends StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "obligation_id")
    public long obligationId;

    /** The report it went with; none while the report is being prepared. */
    @Column(name = "report_id")
    public Long reportId;
}
