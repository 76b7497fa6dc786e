package vn.vientro.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** An open user task as the inbox lists it; written and removed by the task's own engine events. */
@Entity
@Table(name = "inbox_item")
public class InboxItem extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public String taskId;

    /** Null for a task about no proposal (the annual report to the ministry). */
    @Column(name = "proposal_id")
    public Long proposalId;

    @Column(name = "process_definition_id")
    public String processDefinitionId;

    @Column(name = "task_key")
    public String taskKey;

    public String assignee;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @ElementCollection
    @CollectionTable(name = "inbox_candidate", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "group_id")
    public Set<String> candidateGroups = new HashSet<>();
}
