package vn.vientro.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a project's disbursement ledger (giải ngân). Entries are never edited or deleted: a
 * correction is a reversing entry with the opposite amount that points at the entry it cancels.
 */
@Entity
@Table(name = "disbursement")
public class Disbursement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id")
    public long projectId;

    @Column(name = "entry_date")
    public LocalDate date;

    public BigDecimal amount;

    public String currency;

    /** Tranche or document reference. */
    public String reference;

    public String note;

    /** Why the total may exceed the committed amount; required when it does. */
    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "reverses_id")
    public Long reversesId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
