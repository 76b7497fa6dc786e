package vn.vientro.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Recorded when a task passes its due date (by the task's overdue timer); the inbox shows it. */
@Entity
@Table(name = "task_escalation")
public class TaskEscalation extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public String taskId;

    @Column(name = "proposal_id")
    public Long proposalId;

    @Column(name = "task_key")
    public String taskKey;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "escalated_at")
    public Instant escalatedAt;
}
