package vn.vientro.proposal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.domain.Currencies;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalDocument;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.domain.SectorShare;
import vn.vientro.reference.domain.AdminUnit;
import vn.vientro.reference.domain.Ngo;
import vn.vientro.reference.domain.Sector;
import vn.vientro.reference.service.AidOwners;
import vn.vientro.security.Actor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.*;

/** Drafting a proposal and handing it to the workflow (and recording projects approved before the system). */
@ApplicationScoped
public class ProposalService {

    @Inject
    Clock clock;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ProposalProcess process;

    @Inject
    Event<ProposalSubmitted> submitted;

    @Inject
    ProposalQueries queries;

    @Inject
    ChecklistService checklists;

    @Inject
    Currencies currencies;

    @Inject
    AidOwners aidOwners;

    @Inject
    Event<ProposalImported> imported;

    @Transactional
    public ProposalView createDraft(ProposalInput input, Actor actor) {
        Proposal p = new Proposal();
        p.status = ProposalStatus.DRAFT;
        p.owner = actor.username();
        apply(p, input);
        p.persist();
        audit.record(p.id, actor.username(), "CREATED", AuditLog.Step.none());
        return queries.view(p);
    }

    @Transactional
    public ProposalView update(long id, ProposalInput input, Actor actor) {
        Proposal p = editable(id, actor);
        if (input.version() == null) {
            throw DomainException.invalid("version", ProblemCode.REQUIRED, "must be the version you read, to detect concurrent edits");
        }
        if (input.version() != p.version) {
            throw DomainException.conflict(ProblemCode.STALE_VERSION, "Proposal " + id + " was changed by someone else (version "
                    + p.version + ", you sent " + input.version() + "); reload it and apply your change again.");
        }
        apply(p, input);
        em.flush();
        audit.record(p.id, actor.username(), "EDITED", AuditLog.Step.none());
        return queries.view(p);
    }

    @Transactional
    public void deleteDraft(long id, Actor actor) {
        Proposal p = ownDraft(id, actor);
        audit.record(p.id, actor.username(), "DRAFT_DELETED", AuditLog.Step.none());
        p.delete();
    }

    /** Hands the draft to the workflow; the proposal row and the new process instance commit together. */
    @Transactional
    public ProposalView submit(long id, Actor actor) {
        Proposal p = ownDraft(id, actor);
        requireValidCertificate(p.ngo);
        p.submittedAt = clock.instant();
        p.processInstanceId = process.start(p);
        // Submitting an incomplete dossier is allowed (the officer confirmed it); the trail keeps what was missing.
        List<ProposalDocument.Type> missing = checklists.of(p).missingRequired();
        // Dated when submitted, before the process it started: the timeline lists it before the first step.
        audit.record(p.id, actor.username(), "SUBMITTED", missing.isEmpty() ? AuditLog.Step.none()
                : new AuditLog.Step(null, null, null, null, Map.of("missingRequiredDocuments", missing)), p.submittedAt);
        submitted.fire(new ProposalSubmitted(p.id, p.processInstanceId, actor.username()));
        em.flush();
        return queries.view(p);
    }

    /** Creates and submits in one transaction: if anything fails, neither the row nor a process instance remains. */
    @Transactional
    public ProposalView createAndSubmit(ProposalInput input, Actor actor) {
        long id = createDraft(input, actor).id();
        return submit(id, actor);
    }

    /** A draft or, while the process waits on the owner (supplement, revision), the owner's proposal. */
    public Proposal editable(long id, Actor actor) {
        Proposal p = queries.find(id);
        if (!p.owner.equals(actor.username())) {
            throw DomainException.forbidden(ProblemCode.NOT_OWNER, "Only the officer who owns proposal " + id + " may change it");
        }
        if (p.status != ProposalStatus.DRAFT && !process.awaitsOwner(p)) {
            throw DomainException.conflict(ProblemCode.NOT_EDITABLE, "Proposal " + id + " is "
                    + p.status.labelEn.toLowerCase(Locale.ROOT)
                    + "; once submitted it changes only through its workflow steps");
        }
        return p;
    }

    private Proposal ownDraft(long id, Actor actor) {
        Proposal p = queries.find(id);
        if (!p.owner.equals(actor.username())) {
            throw DomainException.forbidden(ProblemCode.NOT_OWNER, "Only the officer who owns proposal " + id + " may do this");
        }
        if (p.status != ProposalStatus.DRAFT) {
            throw DomainException.conflict(ProblemCode.NOT_DRAFT, "Proposal " + id + " is no longer a draft (" + p.status.labelEn + ")");
        }
        return p;
    }

    private void apply(Proposal p, ProposalInput in) {
        apply(p, in, LocalDate.now(clock), true);
    }

    /**
     * Validates and copies the input. {@code asOf} is the day the locations must exist on; a historical
     * record (an import) passes its decision date and skips the NGO's current certificate, which says
     * nothing about years ago.
     */
    private void apply(Proposal p, ProposalInput in, LocalDate asOf, boolean checkCertificate) {
        if (in.plannedEnd().isBefore(in.plannedStart())) {
            throw DomainException.invalid("plannedEnd", ProblemCode.END_BEFORE_START,
                    "must not be before plannedStart (" + in.plannedStart() + ")", in.plannedStart());
        }
        currencies.require("currency", in.currency());
        Ngo ngo = em.find(Ngo.class, in.ngoId());
        if (ngo == null) {
            throw DomainException.invalid("ngoId", ProblemCode.UNKNOWN_NGO, "no foreign NGO has id " + in.ngoId(), in.ngoId());
        }
        if (checkCertificate) {
            requireValidCertificate(ngo);
        }
        p.kind = in.kind();
        p.titleVi = in.titleVi().strip();
        p.titleEn = in.titleEn() == null ? null : in.titleEn().strip();
        p.ngo = ngo;
        p.aidOwnerUnit = aidOwners.named(in.aidOwner());
        p.aidOwner = p.aidOwnerUnit.nameVi;
        p.sectors.clear();
        p.sectors.addAll(sectorShares(in.sectors()));
        p.locations.clear();
        p.locations.addAll(locations(in.locations(), asOf));
        p.plannedStart = in.plannedStart();
        p.plannedEnd = in.plannedEnd();
        p.committedAmount = in.committedAmount();
        p.currency = in.currency();
        p.counterpartVnd = Objects.requireNonNullElse(in.counterpartFundsVnd(), BigDecimal.ZERO);
        p.beneficiaries = in.beneficiaries();
        p.description = in.description();
    }

    private void requireValidCertificate(Ngo ngo) {
        LocalDate today = LocalDate.now(clock);
        if (!ngo.certificateValidOn(today)) {
            throw DomainException.invalid("ngoId", ProblemCode.CERTIFICATE_NOT_VALID, "the registration certificate "
                    + ngo.certNumber + " of " + ngo.name + " is valid from " + ngo.certValidFrom + " to " + ngo.certValidTo
                    + ", not on " + today, ngo.certNumber, ngo.certValidFrom, ngo.certValidTo, today);
        }
    }

    private static List<SectorShare> sectorShares(List<ProposalInput.SectorShareInput> inputs) {
        Map<String, SectorShare> shares = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (var in : inputs) {
            Sector sector = Sector.findByCode(in.code())
                    .orElseThrow(() -> DomainException.invalid("sectors", ProblemCode.UNKNOWN_SECTOR, "unknown sector code " + in.code(),
                            in.code()));
            if (shares.put(in.code(), new SectorShare(sector, in.share())) != null) {
                throw DomainException.invalid("sectors", ProblemCode.LISTED_TWICE, "sector " + in.code() + " is listed twice", in.code());
            }
            total = total.add(in.share());
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw DomainException.invalid("sectors", ProblemCode.SHARES_TOTAL,
                    "the shares must sum to 100, not " + total.stripTrailingZeros().toPlainString(), total);
        }
        return List.copyOf(shares.values());
    }

    private Set<AdminUnit> locations(List<String> codes, LocalDate asOf) {
        Set<AdminUnit> units = new LinkedHashSet<>();
        for (String code : codes) {
            AdminUnit unit = AdminUnit.findByCode(code)
                    .orElseThrow(() -> DomainException.invalid("locations", ProblemCode.UNKNOWN_ADMIN_UNIT,
                            "unknown administrative unit " + code, code));
            if (unit.validTo != null && unit.validTo.isBefore(asOf)) {
                throw DomainException.invalid("locations", ProblemCode.ADMIN_UNIT_CEASED, "administrative unit " + code + " ("
                        + unit.name + ") ceased to exist on " + unit.validTo, code, unit.name, unit.validTo);
            }
            units.add(unit);
        }
        return units;
    }

    /**
     * Records a project approved before this system existed (an import of the province's spreadsheets):
     * validated like any proposal, stored as approved with its decision, without a process instance.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long importApproved(ProposalInput input, String decisionNumber, LocalDate decisionDate, String signer,
                               Actor actor) {
        Proposal p = new Proposal();
        p.owner = actor.username();
        apply(p, input, decisionDate, false);
        p.status = ProposalStatus.APPROVED;
        p.decisionNumber = decisionNumber;
        p.decisionDate = decisionDate;
        p.decisionSigner = signer;
        p.persist();
        audit.record(p.id, actor.username(), "IMPORTED", AuditLog.Step.none());
        imported.fire(new ProposalImported(p.id));
        return p.id;
    }
}
