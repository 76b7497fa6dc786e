package vn.vientro.notice.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** One thing a user is told of, in the application (the bell) and, by preference, by e-mail. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The recipient's username. */
    public String recipient;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    @Column(name = "proposal_id")
    public Long proposalId;

    @Column(name = "task_id")
    public String taskId;

    // Only the title, the step and the dates: a notice (and its mail) never carries the dossier's contents.
    @Column(name = "title_vi")
    public String titleVi;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "step_vi")
    public String stepVi;

    @Column(name = "step_en")
    public String stepEn;

    /** For a decision: APPROVED or REJECTED. */
    public String outcome;

    @Column(name = "due_at")
    public Instant dueAt;

    /** The page of the application it leads to, as a route such as /tasks/{id}. */
    public String link;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
