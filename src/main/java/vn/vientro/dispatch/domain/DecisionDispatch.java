package vn.vientro.dispatch.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vientro.proposal.domain.ProposalStatus;

import java.time.Instant;
import java.time.LocalDate;

/** The sending of one proposal's decision (Art. 11(2)): started when the decision is recorded. */
@Entity
@Table(name = "decision_dispatch")
public class DecisionDispatch extends PanacheEntityBase {

    @Id
    @Column(name = "proposal_id")
    public Long proposalId;

    /** APPROVED or REJECTED. */
    @Enumerated(EnumType.STRING)
    public ProposalStatus decision;

    /** The decision's date (an approval's as the approver entered it; a refusal's the day it was recorded). */
    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "process_instance_id")
    public String processInstanceId;

    @Column(name = "started_at")
    public Instant startedAt;
}
