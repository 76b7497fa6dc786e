package vn.vientro.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.domain.Currencies;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.indicator.service.CurrencyConverter;
import vn.vientro.project.domain.Disbursement;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.security.Actor;
import vn.vientro.security.Roles;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.*;

/** The disbursement ledger of approved projects (an approved proposal is a project). */
@ApplicationScoped
public class DisbursementService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CurrencyConverter converter;

    @Inject
    Currencies currencies;

    @Inject
    Projects projects;

    @Inject
    Event<AidStarted> aidStarted;

    /** How long after the planned end a disbursement may still be dated. */
    @ConfigProperty(name = "vientro.disbursements.grace-period")
    Period gracePeriod;

    public record Entry(LocalDate date, BigDecimal amount, String currency, String reference, String note,
                        String overrideReason) {
    }

    public record EntryView(long id, LocalDate date, BigDecimal amount, String currency, String reference, String note,
                            String overrideReason, Long reversesId, Long reversedById, String recordedBy, Instant recordedAt) {
    }

    /**
     * committedUsd (at the decision date) and disbursedUsd (each entry at its own date) are null when a rate is
     * missing; missingRates then names each currency and date. currencies: what an entry may be recorded in.
     */
    public record Ledger(long projectId, String titleVi, BigDecimal committedAmount, String committedCurrency,
                         LocalDate decisionDate, LocalDate plannedEnd, Map<String, BigDecimal> disbursedByCurrency,
                         BigDecimal committedUsd, BigDecimal disbursedUsd, List<CurrencyConverter.MissingRate> missingRates,
                         List<String> currencies, List<EntryView> entries) {
    }

    public Ledger ledger(long projectId) {
        Proposal project = projects.find(projectId);
        Projects.requireProject(project, "only projects have a ledger");
        List<Disbursement> entries = entries(projectId);
        Map<Long, Long> reversedBy = new HashMap<>();
        entries.stream().filter(d -> d.reversesId != null).forEach(d -> reversedBy.put(d.reversesId, d.id));
        Map<String, BigDecimal> totals = new TreeMap<>();
        entries.forEach(d -> totals.merge(d.currency, d.amount, BigDecimal::add));
        var rates = converter.rates();
        BigDecimal committedUsd = rates.toUsd(project.committedAmount, project.currency,
                project.decisionDate != null ? project.decisionDate : LocalDate.now(clock));
        BigDecimal disbursedUsd = BigDecimal.ZERO;
        for (Disbursement d : entries) {
            disbursedUsd = disbursedUsd.add(rates.toUsd(d.amount, d.currency, d.date));
        }
        var missing = rates.missing();
        return new Ledger(project.id, project.titleVi, project.committedAmount, project.currency, project.decisionDate,
                project.plannedEnd, totals, missing.isEmpty() ? usd(committedUsd) : null,
                missing.isEmpty() ? usd(disbursedUsd) : null, missing, currencies.all(), entries.stream().map(d -> new EntryView(d.id, d.date, d.amount, d.currency,
                        d.reference, d.note, d.overrideReason, d.reversesId, reversedBy.get(d.id), d.recordedBy,
                        d.recordedAt)).toList());
    }

    /** Records a disbursement; the total may pass the committed amount only with a stated reason, which is kept. */
    @Transactional
    public Ledger record(long projectId, Entry in, Actor actor) {
        // locked: two entries recorded at once must not both pass the commitment check
        Proposal project = projects.findForUpdate(projectId);
        if (in.amount().signum() <= 0 || in.amount().stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("amount", ProblemCode.POSITIVE_AMOUNT, "must be greater than 0 with at most 2 decimals", 2);
        }
        requireApproved(project);
        currencies.require("currency", in.currency());
        if (project.decisionDate != null && in.date().isBefore(project.decisionDate)) {
            throw DomainException.invalid("date", ProblemCode.BEFORE_DECISION,
                    "must not be before the approval decision of " + project.decisionDate, project.decisionDate);
        }
        LocalDate latest = project.plannedEnd.plus(gracePeriod);
        if (in.date().isAfter(latest)) {
            throw DomainException.invalid("date", ProblemCode.AFTER_GRACE_PERIOD, "must not be after " + latest + " (planned end "
                    + project.plannedEnd + " plus the grace period " + gracePeriod + ")", latest, project.plannedEnd);
        }
        BigDecimal[] totals = totalsInUsd(project, in);
        boolean exceeds = totals[1].compareTo(totals[0]) > 0;
        String reason = in.overrideReason() == null || in.overrideReason().isBlank() ? null : in.overrideReason().strip();
        if (exceeds && reason == null) {
            BigDecimal total = totals[1].setScale(2, java.math.RoundingMode.HALF_EVEN);
            BigDecimal committed = totals[0].setScale(2, java.math.RoundingMode.HALF_EVEN);
            throw DomainException.invalid("overrideReason", ProblemCode.OVERRIDE_REASON_REQUIRED, "required: this disbursement "
                    + "takes the total to about " + total + " USD, above the committed " + committed + " USD", total, committed);
        }
        Disbursement d = new Disbursement();
        d.projectId = projectId;
        d.date = in.date();
        d.amount = in.amount().setScale(2, java.math.RoundingMode.UNNECESSARY);
        d.currency = in.currency();
        d.reference = in.reference();
        d.note = in.note();
        d.overrideReason = exceeds ? reason : null;
        d.recordedBy = actor.username();
        d.recordedAt = clock.instant();
        d.persist();
        audit.record(projectId, actor.username(), "DISBURSEMENT_RECORDED", new AuditLog.Step(null, null, null, in.note(),
                details(d)));
        aidStarted.fire(new AidStarted(projectId));   // money received: the aid has started
        return ledger(projectId);
    }

    /**
     * Cancels an entry with an opposite one; an entry is reversed at most once and a reversal never is. On a revoked
     * or closed project only the administrator may reverse an entry (correcting an error), audited as any reversal.
     */
    @Transactional
    public Ledger reverse(long projectId, long entryId, String reason, Actor actor) {
        Proposal project = projects.findForUpdate(projectId);
        if (!(project.status.isEndedProject() && actor.has(Roles.ADMIN))) {
            Projects.requireApproved(project, "only the administrator may reverse an entry of a revoked or closed project");
        }
        Disbursement original = em.find(Disbursement.class, entryId);
        if (original == null || original.projectId != projectId) {
            throw DomainException.notFound("Disbursement", entryId);
        }
        if (original.reversesId != null) {
            throw DomainException.conflict(ProblemCode.REVERSAL_NOT_REVERSIBLE,
                    "Entry " + entryId + " is itself a reversal and cannot be reversed");
        }
        if (Disbursement.count("reversesId", entryId) > 0) {
            throw DomainException.conflict(ProblemCode.ALREADY_REVERSED, "Entry " + entryId + " has already been reversed");
        }
        Disbursement reversal = new Disbursement();
        reversal.projectId = projectId;
        reversal.date = original.date;
        reversal.amount = original.amount.negate();
        reversal.currency = original.currency;
        reversal.reference = original.reference;
        reversal.note = reason;
        reversal.reversesId = original.id;
        reversal.recordedBy = actor.username();
        reversal.recordedAt = clock.instant();
        reversal.persist();
        audit.record(projectId, actor.username(), "DISBURSEMENT_REVERSED", new AuditLog.Step(null, null, null, reason,
                details(reversal)));
        return ledger(projectId);
    }

    /** [committed, disbursed including the new entry], both in USD at their own dates. */
    private BigDecimal[] totalsInUsd(Proposal project, Entry in) {
        var rates = converter.rates();
        BigDecimal committed = rates.toUsd(project.committedAmount, project.currency, project.decisionDate);
        BigDecimal disbursed = rates.toUsd(in.amount(), in.currency(), in.date());
        for (Disbursement d : entries(project.id)) {
            disbursed = disbursed.add(rates.toUsd(d.amount, d.currency, d.date));
        }
        rates.requireComplete();
        return new BigDecimal[]{committed, disbursed};
    }

    private static BigDecimal usd(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    private List<Disbursement> entries(long projectId) {
        return Disbursement.list("projectId = ?1 order by date, id", projectId);
    }

    private static void requireApproved(Proposal p) {
        Projects.requireApproved(p, "disbursements are recorded against approved projects only");
    }

    private static Map<String, Object> details(Disbursement d) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("entryId", d.id);
        details.put("date", d.date.toString());
        details.put("amount", d.amount.toPlainString());
        details.put("currency", d.currency);
        if (d.reversesId != null) {
            details.put("reverses", d.reversesId);
        }
        if (d.overrideReason != null) {
            details.put("overrideReason", d.overrideReason);
        }
        return details;
    }
}
