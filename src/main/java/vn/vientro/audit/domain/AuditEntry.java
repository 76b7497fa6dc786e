package vn.vientro.audit.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/**
 * One line of the append-only audit trail: a proposal's step, or a security event (a refused sign-in) with no
 * proposal. Rows are inserted, never updated or deleted. The id is the entry's position in the hash chain
 * ({@link AuditChain}), given when it is appended; {@link #hash} covers the content and {@link #prevHash}.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public Long id;

    /** The proposal (or project) the entry belongs to; null for security events. */
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

    /** The previous entry's hash (null for the chain's first entry). */
    @Column(name = "prev_hash")
    public String prevHash;

    /** SHA-256 (hex) of this entry's content and {@link #prevHash}, see {@code AuditHash}. */
    public String hash;
}
