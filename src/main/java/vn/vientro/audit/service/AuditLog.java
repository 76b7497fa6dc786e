package vn.vientro.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.vientro.audit.domain.AuditChain;
import vn.vientro.audit.domain.AuditEntry;
import vn.vientro.audit.domain.AuditHash;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Appends to the audit trail inside the caller's transaction: the entry commits with the change it records.
 * Every entry is chained to the one before it (see {@link AuditChain}); {@link AuditVerification} checks the chain.
 */
@ApplicationScoped
public class AuditLog {

    /** The transaction's entries waiting to be chained when it commits. */
    private static final Object PENDING = AuditLog.class.getName() + ".pending";

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    public record Step(String taskId, String taskKey, String outcome, String comment, Map<String, ?> details) {
        public static Step none() {
            return new Step(null, null, null, null, null);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long proposalId, String actor, String action, Step step) {
        record(proposalId, actor, action, step, clock.instant());
    }

    /**
     * An entry for something that happened at {@code at} in this transaction, recorded after what it caused. It is
     * chained when the transaction commits, after everything else it wrote (see {@link #chain}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long proposalId, String actor, String action, Step step, Instant at) {
        @SuppressWarnings("unchecked")
        List<AuditEntry> pending = (List<AuditEntry>) transaction.getResource(PENDING);
        if (pending == null) {
            List<AuditEntry> entries = new ArrayList<>();
            transaction.putResource(PENDING, entries);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    chain(entries);
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = entries;
        }
        pending.add(entry(proposalId, actor, action, step, at));
    }

    /**
     * A security event (e.g. a refused sign-in): in the same chain, under no proposal, appended at once, so the
     * caller works under the chain's lock (one node at a time) for the rest of its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSecurityEvent(String actor, String action, Map<String, ?> details) {
        chain(List.of(entry(null, actor, action, new Step(null, null, null, null, details), clock.instant())));
    }

    public List<AuditEntry> trail(long proposalId) {
        return AuditEntry.list("proposalId = ?1 order by at, id", proposalId);
    }

    private AuditEntry entry(Long proposalId, String actor, String action, Step step, Instant at) {
        AuditEntry entry = new AuditEntry();
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
        return entry;
    }

    /**
     * Links the entries to the chain under the head's row lock (select ... for update, on PostgreSQL and H2),
     * held until the transaction ends, so appends from every node take turns and each entry follows the one
     * committed before it. Everything else the transaction wrote is flushed first: at commit the chain's lock is
     * the last one taken, and its holder waits for no other lock, so it cannot close a deadlock.
     */
    private void chain(List<AuditEntry> entries) {
        em.flush();
        AuditChain head = em.find(AuditChain.class, AuditChain.HEAD, LockModeType.PESSIMISTIC_WRITE);
        for (AuditEntry entry : entries) {
            entry.id = head.nextId();
            entry.prevHash = head.lastHash;
            entry.hash = AuditHash.of(entry);
            entry.persist();
            head.lastId = entry.id;
            head.lastHash = entry.hash;
        }
        em.flush();
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
