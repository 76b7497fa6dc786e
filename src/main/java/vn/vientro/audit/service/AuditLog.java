package vn.vientro.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.vientro.audit.domain.AuditChain;
import vn.vientro.audit.domain.AuditEntry;
import vn.vientro.audit.domain.AuditHash;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Appends to the audit trail inside the caller's transaction: the entry commits with the change it records.
 * Every entry is chained to the one before it (see {@link AuditChain}); {@link AuditVerification} checks the chain.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    public record Step(String taskId, String taskKey, String outcome, String comment, Map<String, ?> details) {
        public static Step none() {
            return new Step(null, null, null, null, null);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long proposalId, String actor, String action, Step step) {
        record(proposalId, actor, action, step, clock.instant());
    }

    /** An entry for something that happened at {@code at} in this transaction, recorded after what it caused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long proposalId, String actor, String action, Step step, Instant at) {
        append(proposalId, actor, action, step, at);
    }

    /** A security event (e.g. a refused sign-in): in the same chain, under no proposal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSecurityEvent(String actor, String action, Map<String, ?> details) {
        append(null, actor, action, new Step(null, null, null, null, details), clock.instant());
    }

    private void append(Long proposalId, String actor, String action, Step step, Instant at) {
        // The head's row lock (select ... for update, on PostgreSQL and H2) makes appends from every node take
        // turns until their transactions end, so each entry links to the one committed before it.
        AuditChain head = em.find(AuditChain.class, AuditChain.HEAD, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = new AuditEntry();
        entry.id = head.nextId();
        entry.proposalId = proposalId;
        // The database keeps microseconds: hash the value it will give back.
        entry.at = at.truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor;
        entry.action = action;
        entry.taskId = step.taskId();
        entry.taskKey = step.taskKey();
        entry.outcome = step.outcome();
        entry.comment = step.comment();
        entry.details = toJson(step.details());
        entry.prevHash = head.lastHash;
        entry.hash = AuditHash.of(entry);
        entry.persist();
        head.lastId = entry.id;
        head.lastHash = entry.hash;
    }

    public List<AuditEntry> trail(long proposalId) {
        return AuditEntry.list("proposalId = ?1 order by at, id", proposalId);
    }

    private String toJson(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details are not serialisable", e);
        }
    }
}
