package vn.vientro.notice.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.io.Serializable;

/** A user's choice of e-mail for one kind of notice; a kind without a row is mailed for each event. */
@Entity
@Table(name = "notice_preference")
@IdClass(NoticePreference.Key.class)
public class NoticePreference extends PanacheEntityBase {

    public record Key(Long userId, NoticeKind kind) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Id
    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    @Enumerated(EnumType.STRING)
    public Delivery delivery;
}
