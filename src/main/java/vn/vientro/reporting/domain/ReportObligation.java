package vn.vientro.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/** A report a project's aid owner owes: its kind, period and due date, and where it stands. */
@Entity
@Table(name = "report_obligation")
public class ReportObligation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id")
    public long projectId;

    @Enumerated(EnumType.STRING)
    public ReportKind kind;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public ObligationStatus status;

    /** When the reminder before the due date went out. */
    @Column(name = "reminded_at")
    public Instant remindedAt;

    /** When its overdue timer fired (the report was not in by the due date). */
    @Column(name = "overdue_since")
    public Instant overdueSince;

    @Column(name = "process_instance_id")
    public String processInstanceId;

    @Version
    public long version;

    /** Overdue on {@code today}: a report still awaited after its due date. */
    public boolean overdueOn(LocalDate today) {
        return status == ObligationStatus.DUE && today.isAfter(dueDate);
    }
}
