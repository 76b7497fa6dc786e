package vn.vientro.security.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** Recent failed sign-ins for one key (an account at an address, an address, or an account), shared by every node. */
@Entity
@Table(name = "sign_in_throttle")
public class FailedSignIns extends PanacheEntityBase {

    /** SHA-256 (hex) of the scope and its subject. */
    @Id
    @Column(name = "throttle_key")
    public String key;

    public int failures;

    @Column(name = "last_failure_at")
    public Instant lastFailureAt;

    /** No attempt is checked before this instant. */
    @Column(name = "blocked_until")
    public Instant blockedUntil;

    /** The wait ({@link #blockedUntil}) whose first refused attempt is in the audit trail: one entry per wait. */
    @Column(name = "refusal_recorded_for")
    public Instant refusalRecordedFor;
}
