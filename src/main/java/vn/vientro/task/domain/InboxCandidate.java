package vn.vientro.task.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/** Read-only view of a task's candidate groups, for the inbox query; written through {@link InboxItem}. */
@Entity
@Immutable
@Table(name = "inbox_candidate")
@IdClass(InboxCandidate.Key.class)
public class InboxCandidate {

    public record Key(String taskId, String groupId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "task_id")
    public String taskId;

    @Id
    @Column(name = "group_id")
    public String groupId;
}
