package vn.vientro.notice.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/**
 * The outbox row of a notice's mail: written in the transaction of the event, sent afterwards by the sender job,
 * which retries with back-off until it is sent or has failed too often.
 */
@Entity
@Table(name = "notice_mail")
public class NoticeMail extends PanacheEntityBase {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id")
    public Notice notice;

    /** The address at the time of the event. */
    public String address;

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;
}
