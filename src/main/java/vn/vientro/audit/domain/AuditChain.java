package vn.vientro.audit.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/**
 * The head of the audit trail's hash chain: one row, locked by every append so that appends from several nodes
 * take their turn and each one links to the entry before it.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain extends PanacheEntityBase {

    public static final int HEAD = 1;

    @Id
    public Integer id;

    /** The first chained id: entries below it were written before the chain existed. */
    @Column(name = "first_id")
    public long firstId;

    /** The last entry appended, or null while the chain is empty. */
    @Column(name = "last_id")
    public Long lastId;

    @Column(name = "last_hash")
    public String lastHash;

    public long nextId() {
        return lastId == null ? firstId : lastId + 1;
    }
}
