package vn.vientro.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import vn.vientro.reference.domain.AdminUnit;
import vn.vientro.reference.domain.Ngo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An aid proposal (đề xuất tiếp nhận viện trợ) from its draft to the committee's decision. */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public AidKind kind;

    @Column(name = "title_vi")
    public String titleVi;

    @Column(name = "title_en")
    public String titleEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ngo_id")
    public Ngo ngo;

    /** The local unit that receives and implements the aid (chủ khoản viện trợ). */
    @Column(name = "aid_owner")
    public String aidOwner;

    @ElementCollection
    @CollectionTable(name = "proposal_sector", joinColumns = @JoinColumn(name = "proposal_id"))
    public List<SectorShare> sectors = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "proposal_location", joinColumns = @JoinColumn(name = "proposal_id"),
            inverseJoinColumns = @JoinColumn(name = "admin_unit_id"))
    public Set<AdminUnit> locations = new LinkedHashSet<>();

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Column(name = "committed_amount")
    public BigDecimal committedAmount;

    /** ISO 4217. */
    public String currency;

    @Column(name = "counterpart_vnd")
    public BigDecimal counterpartVnd;

    public Integer beneficiaries;

    public String description;

    @Enumerated(EnumType.STRING)
    public ProposalStatus status;

    @Column(name = "owner_username")
    public String owner;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "process_instance_id")
    public String processInstanceId;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decision_signer")
    public String decisionSigner;

    /** Why it was rejected or withdrawn. */
    @Column(name = "closing_reason")
    public String closingReason;

    /** When it was approved, rejected or withdrawn: the end of its process. */
    @Column(name = "closed_at")
    public Instant closedAt;

    /** The approver's decision revoking the project (Art. 4(7)): all three or none. */
    @Column(name = "revocation_number")
    public String revocationNumber;

    @Column(name = "revocation_date")
    public LocalDate revocationDate;

    @Column(name = "revocation_reason")
    public String revocationReason;

    /** When the project was closed after its completion report (Art. 18), and why. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closure_reason")
    public String closureReason;

    /** The day the aid started, as confirmed, and who confirmed it: the start watchdog stops on it. */
    @Column(name = "start_confirmed_on")
    public LocalDate startConfirmedOn;

    @Column(name = "start_confirmed_by")
    public String startConfirmedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }
}
