package vn.vientro.audit.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** One line of a proposal's append-only audit trail. Rows are inserted, never updated or deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id")
    public Long proposalId;

    public Instant at;

    public String actor;

    public String action;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "task_key")
    public String taskKey;

    public String outcome;

    public String comment;

    /** Field values given with the step, as JSON. */
    public String details;
}
