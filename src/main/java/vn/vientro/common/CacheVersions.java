package vn.vientro.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versions of the caches nodes keep in memory (table {@code cache_version}), so that several nodes on one
 * database agree. Whoever changes what a cache holds calls {@link #bump} in the same transaction; whoever uses
 * a cache compares the version it loaded with {@link #current} and reloads when they differ. The database is
 * asked at most once per {@code vientro.cache.check-interval} per cache; the node that made a change reads the
 * new version as soon as its transaction ends.
 */
@ApplicationScoped
public class CacheVersions {

    public static final String HOLIDAYS = "holidays";
    /** Users' accounts and the workflow roles their agencies play. */
    public static final String ACCOUNTS = "accounts";

    /** A version read when the read started ({@code atNanos}); {@code version} is null once a local change ended. */
    private record Seen(Long version, long atNanos) {
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    CacheSettings settings;

    /** The version read within the check interval, or empty when it must be read again. Never touches the database. */
    public OptionalLong recent(String name) {
        Seen last = seen.get(name);
        return last != null && last.version() != null && System.nanoTime() - last.atNanos() < settings.checkInterval().toNanos()
                ? OptionalLong.of(last.version()) : OptionalLong.empty();
    }

    /** The cache's version: the one read within the check interval, otherwise read from the database now. */
    public long current(String name) {
        OptionalLong recent = recent(name);
        if (recent.isPresent()) {
            return recent.getAsLong();
        }
        long startedAt = System.nanoTime();
        long version = QuarkusTransaction.joiningExisting().call(() -> ((Number) em
                .createNativeQuery("select version from {h-schema}cache_version where name = :name")
                .setParameter("name", name).getSingleResult()).longValue());
        // A local change that ended while this read ran may be newer than what it read: keep the mark, read again.
        seen.compute(name, (key, last) -> last != null && last.atNanos() - startedAt > 0 ? last : new Seen(version, startedAt));
        return version;
    }

    /** Records, in the caller's transaction, that what the cache holds changed: every node reloads once it commits. */
    public void bump(String name) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("A cache version is bumped in the transaction that makes the change");
        }
        int updated = em.createNativeQuery("update {h-schema}cache_version set version = version + 1 where name = :name")
                .setParameter("name", name).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No cache version named " + name);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // Committed or not, this node's idea of the version may be wrong now: read it again on next use.
                seen.put(name, new Seen(null, System.nanoTime()));
            }
        });
    }
}
