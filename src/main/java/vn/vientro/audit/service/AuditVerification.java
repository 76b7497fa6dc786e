package vn.vientro.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.audit.domain.AuditChain;
import vn.vientro.audit.domain.AuditEntry;
import vn.vientro.audit.domain.AuditHash;

import java.util.List;
import java.util.Objects;

/**
 * Walks the audit trail's hash chain in order and names the first entry that breaks it. It proves that nobody
 * changed or removed entries without recomputing the chain; someone who can write the table and recomputes every
 * hash after the change is caught only by comparing {@code lastHash} with a copy kept elsewhere.
 */
@ApplicationScoped
public class AuditVerification {

    /** The content no longer gives the entry's hash: a column was changed. */
    public static final String CONTENT_CHANGED = "content-changed";
    /** The entry does not link to the entry before it (or to the head): an entry before it was rewritten, or it was added outside the chain. */
    public static final String LINK_BROKEN = "link-broken";
    /** The chained entry with this id is missing. */
    public static final String DELETED = "deleted";

    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    public record Broken(long id, String reason) {
    }

    /**
     * {@code checked}: chained entries verified; {@code unchained}: entries written before the chain existed (not
     * covered); {@code lastId}/{@code lastHash}: the head, to note down elsewhere and compare later.
     */
    public record Report(boolean ok, long checked, long unchained, Long lastId, String lastHash, Broken firstBroken) {
    }

    @Transactional
    public Report verify() {
        // The head first: entries appended while the walk runs are beyond it and left for the next check.
        AuditChain head = em.find(AuditChain.class, AuditChain.HEAD);
        long unchained = em.createQuery("select count(e) from AuditEntry e where e.id < :first", Long.class)
                .setParameter("first", head.firstId).getSingleResult();
        Long lastId = head.lastId;
        String lastHash = head.lastHash;
        em.detach(head);
        long expected = head.firstId;
        String previousHash = null;
        long checked = 0;
        while (lastId != null && expected <= lastId) {
            List<AuditEntry> batch = em.createQuery("select e from AuditEntry e where e.id >= :from and e.id <= :last"
                            + " order by e.id", AuditEntry.class)
                    .setParameter("from", expected).setParameter("last", lastId).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                Broken broken = e.id != expected ? new Broken(expected, DELETED)
                        : !Objects.equals(e.prevHash, previousHash) ? new Broken(e.id, LINK_BROKEN)
                        : !Objects.equals(e.hash, AuditHash.of(e)) ? new Broken(e.id, CONTENT_CHANGED) : null;
                if (broken != null) {
                    return new Report(false, checked, unchained, lastId, lastHash, broken);
                }
                previousHash = e.hash;
                expected++;
                checked++;
            }
            em.clear();
        }
        if (lastId != null && expected <= lastId) {
            return new Report(false, checked, unchained, lastId, lastHash, new Broken(expected, DELETED));
        }
        if (!Objects.equals(previousHash, lastHash)) {
            return new Report(false, checked, unchained, lastId, lastHash, new Broken(lastId, LINK_BROKEN));
        }
        // Read the newest id before the head again: an append committing in between is then within the head.
        Long newest = em.createQuery("select max(e.id) from AuditEntry e", Long.class).getSingleResult();
        AuditChain now = em.find(AuditChain.class, AuditChain.HEAD);
        if (newest != null && newest >= head.firstId && (now.lastId == null || newest > now.lastId)) {
            long outside = em.createQuery("select min(e.id) from AuditEntry e where e.id > :last", Long.class)
                    .setParameter("last", now.lastId == null ? head.firstId - 1 : now.lastId).getSingleResult();
            return new Report(false, checked, unchained, lastId, lastHash, new Broken(outside, LINK_BROKEN));
        }
        return new Report(true, checked, unchained, lastId, lastHash, null);
    }
}
