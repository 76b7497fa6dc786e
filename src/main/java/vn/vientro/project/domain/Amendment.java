package vn.vientro.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A requested change to an approved project's amount or planned end, decided through its own short process. */
@Entity
@Table(name = "amendment")
public class Amendment extends PanacheEntityBase {

    public enum Status { REQUESTED, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id")
    public long projectId;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    public String reason;

    @Column(name = "previous_amount")
    public BigDecimal previousAmount;

    @Column(name = "previous_planned_end")
    public LocalDate previousPlannedEnd;

    @Column(name = "new_amount")
    public BigDecimal newAmount;

    @Column(name = "new_planned_end")
    public LocalDate newPlannedEnd;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "process_instance_id")
    public String processInstanceId;
}
