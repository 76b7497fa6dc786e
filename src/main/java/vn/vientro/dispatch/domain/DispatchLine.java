package vn.vientro.dispatch.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vientro.workflow.Dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** To one recipient: the day the decision was sent and how, with the recipient's labels as the step declared them. */
@Entity
@Table(name = "decision_dispatch_line")
public class DispatchLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id")
    public Long proposalId;

    public String recipient;

    @Column(name = "recipient_label_vi")
    public String recipientLabelVi;

    @Column(name = "recipient_label_en")
    public String recipientLabelEn;

    @Enumerated(EnumType.STRING)
    public Dispatch.Method method;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** In the order they were recorded (the order the step listed them). */
    public static List<DispatchLine> ofProposal(long proposalId) {
        return list("proposalId = ?1 order by id", proposalId);
    }
}
