package vn.vientro.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** A consulted agency's written opinion on a proposal, or the record that none came in time. */
@Entity
@Table(name = "opinion")
public class Opinion extends PanacheEntityBase {

    public enum Outcome { PENDING, AGREE, AGREE_WITH_CONDITIONS, DISAGREE, NO_OPINION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id")
    public Long proposalId;

    @Column(name = "org_unit_code")
    public String agency;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String comment;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;
}
