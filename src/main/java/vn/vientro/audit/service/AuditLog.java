package vn.vientro.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.audit.domain.AuditEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Appends to the audit trail inside the caller's transaction: the entry commits with the change it records. */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

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
        AuditEntry entry = new AuditEntry();
        entry.proposalId = proposalId;
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        entry.taskId = step.taskId();
        entry.taskKey = step.taskKey();
        entry.outcome = step.outcome();
        entry.comment = step.comment();
        entry.details = toJson(step.details());
        entry.persist();
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
