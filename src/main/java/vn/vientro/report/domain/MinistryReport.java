package vn.vientro.report.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The province's annual report to the ministry for one year (Decree 80/2020 Art. 13(9)): claimed by the process
 * instance that prepares it, sent when the Department of Foreign Affairs records the date and the way.
 */
@Entity
@Table(name = "ministry_report")
public class MinistryReport extends PanacheEntityBase {

    @Id
    @Column(name = "report_year")
    public int reportYear;

    @Column(name = "process_instance_id")
    public String processInstanceId;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    @Column(name = "sent_via")
    public String sentVia;

    @Column(name = "sent_by")
    public String sentBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
