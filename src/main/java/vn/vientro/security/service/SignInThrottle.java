package vn.vientro.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.Sha256;
import vn.vientro.security.SignInSettings;
import vn.vientro.security.domain.Backoff;
import vn.vientro.security.domain.FailedSignIns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows repeated failed sign-ins, counted in the database so every node sees the same counts: per account at one
 * client address, per address, and per account from all addresses (README, "Sign-in attempts"). Unknown usernames
 * count like known ones. Failures and the first refused attempt of each wait go to the audit trail.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final String FAILED = "SIGN_IN_FAILED";
    public static final String DELAYED = "SIGN_IN_DELAYED";

    /** The audit trail's actor column: a longer typed username is cut there (the counts use all of it). */
    private static final int ACTOR_LENGTH = 80;

    enum Scope { ACCOUNT_AT_ADDRESS, ADDRESS, ACCOUNT }

    private record Key(Scope scope, String hash) {
    }

    @Inject
    SignInSettings settings;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** The wait before this attempt may be checked, if one applies; its first refusal is recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        Scope applied = null;
        FailedSignIns blocking = null;
        for (Key key : keys(username, address)) {
            FailedSignIns row = FailedSignIns.findById(key.hash());
            if (row == null || !current(row, now) || row.blockedUntil == null || !row.blockedUntil.isAfter(now)) {
                continue;
            }
            Duration wait = Duration.between(now, row.blockedUntil);
            if (wait.compareTo(longest) > 0) {
                longest = wait;
                applied = key.scope();
                blocking = row;
            }
        }
        if (blocking == null) {
            return Optional.empty();
        }
        // A wait never exceeds the longest delay, even when another node's clock ran ahead of this one's.
        Duration wait = longest.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : longest;
        if (!blocking.blockedUntil.equals(blocking.refusalRecordedFor)) {
            // One entry per wait: a flood of refused attempts cannot fill the trail.
            audit.recordSecurityEvent(actor(username), DELAYED, details(address, Map.of("limit", scopeName(applied),
                    "retryAfterSeconds", seconds(wait))));
            blocking.refusalRecordedFor = blocking.blockedUntil;
        }
        return Optional.of(wait);
    }

    /** Counts a refused sign-in (unknown user, wrong password or deactivated account; {@code reason} says which). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(String username, String address, String reason) {
        Instant now = clock.instant();
        // The audit entry first: its append holds the chain's lock until commit, so counting below is done one
        // node at a time and two nodes never insert the same key.
        audit.recordSecurityEvent(actor(username), FAILED, details(address, Map.of("reason", reason)));
        for (Key key : keys(username, address)) {
            FailedSignIns found = FailedSignIns.findById(key.hash());
            if (found != null) {
                // waitFor read this row before the lock above was ours: count on from what the attempts counted
                // meanwhile committed, or two concurrent failures would write the same count.
                FailedSignIns.getEntityManager().refresh(found, LockModeType.PESSIMISTIC_WRITE);
            }
            FailedSignIns row = found != null ? found : new FailedSignIns();
            row.key = key.hash();
            row.failures = found != null && current(found, now) ? found.failures + 1 : 1;
            row.lastFailureAt = now;
            Duration delay = Backoff.delay(row.failures, limit(key.scope()), settings.firstDelay(), settings.maxDelay());
            row.blockedUntil = delay.isZero() ? null : now.plus(delay);
            if (found == null) {
                row.persist();
            }
        }
    }

    /** A successful sign-in clears the account's counts; the address's stays (one's own account cannot clear it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(String username, String address) {
        List<String> cleared = keys(username, address).stream().filter(k -> k.scope() != Scope.ADDRESS)
                .map(Key::hash).toList();
        FailedSignIns.delete("key in ?1", cleared);
    }

    /** Within the window, and not from a time this node's clock has not reached (clocks moved back or disagree). */
    private boolean current(FailedSignIns row, Instant now) {
        return !row.lastFailureAt.isAfter(now) && Duration.between(row.lastFailureAt, now).compareTo(settings.window()) <= 0;
    }

    private int limit(Scope scope) {
        return switch (scope) {
            case ACCOUNT_AT_ADDRESS -> settings.accountFailures();
            case ADDRESS -> settings.addressFailures();
            case ACCOUNT -> settings.accountFailuresAllAddresses();
        };
    }

    private static List<Key> keys(String username, String address) {
        String account = username.toLowerCase(Locale.ROOT);
        return List.of(new Key(Scope.ACCOUNT_AT_ADDRESS, Sha256.hex("account-at-address\n" + account + "\n" + address)),
                new Key(Scope.ADDRESS, Sha256.hex("address\n" + address)),
                new Key(Scope.ACCOUNT, Sha256.hex("account\n" + account)));
    }

    /** Whole seconds, rounded up: what Retry-After says. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String actor(String username) {
        return username.length() <= ACTOR_LENGTH ? username : username.substring(0, ACTOR_LENGTH);
    }

    private static Map<String, Object> details(String address, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("address", address);
        details.putAll(more);
        return details;
    }

    private static String scopeName(Scope scope) {
        return scope.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
