package vn.vientro.security.service;

import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.vientro.security.AuthSettings;
import vn.vientro.common.CacheVersions;
import vn.vientro.common.ProvinceZone;
import vn.vientro.reference.domain.OrgUnit;
import vn.vientro.reference.service.ReferenceDataChanged;
import vn.vientro.security.domain.AppUser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token of our own issuer is honoured only while it still describes its account: the account is active and
 * has the same roles and agency as the token says (the roles its agency plays today). So deactivating a user or
 * changing their roles or agency ends the tokens they hold at once; they sign in again for a token that matches.
 * An account read is kept at most {@code vientro.auth.account-check-cache} (default 5 s, for roles that start or
 * end with a date) and only while the {@code accounts} cache version it was read at is current: a change made
 * through {@link UserService} or to an agency's roles bumps that version in its transaction, so it is seen at
 * once on the node that made it and within {@code vientro.cache.check-interval} on every other node. Tokens of
 * the external issuer are its own to revoke.
 */
@ApplicationScoped
public class AccountCheck implements SecurityIdentityAugmentor {

    /** What a token must still agree with. {@code active = false} also stands for "no such account". */
    record Account(boolean active, Set<String> roles, String agency, long version, long readAtNanos) {
    }

    private final Map<String, Account> cache = new ConcurrentHashMap<>();

    @Inject
    java.time.Clock clock;

    @Inject
    AuthSettings auth;

    @Inject
    @ProvinceZone
    ZoneId zone;

    @Inject
    CacheVersions versions;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || !auth.issuer().equals(token.getIssuer())) {
            return Uni.createFrom().item(identity);
        }
        // On the event loop only while nothing needs the database; otherwise on a worker thread.
        OptionalLong version = versions.recent(CacheVersions.ACCOUNTS);
        Account cached = cache.get(token.getName());
        if (cached != null && version.isPresent() && usable(cached, version.getAsLong())) {
            return Uni.createFrom().item(() -> checked(identity, token, cached));
        }
        return context.runBlocking(() -> checked(identity, token, account(token.getName())));
    }

    private static SecurityIdentity checked(SecurityIdentity identity, JsonWebToken token, Account account) {
        Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
        Object agency = token.getClaim(TokenService.AGENCY_CLAIM);
        String tokenAgency = agency == null ? null : agency.toString().replace("\"", "");
        if (!account.active() || !account.roles().equals(roles) || !Objects.equals(account.agency(), tokenAgency)) {
            throw new AuthenticationFailedException("The account was deactivated or changed; sign in again");
        }
        return identity;
    }

    private boolean usable(Account account, long version) {
        return account.version() == version && System.nanoTime() - account.readAtNanos() < auth.accountCheckCache().toNanos();
    }

    private Account account(String username) {
        long version = versions.current(CacheVersions.ACCOUNTS);
        Account cached = cache.get(username);
        return cached != null && usable(cached, version) ? cached : load(username, version);
    }

    private Account load(String username, long version) {
        Account account = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username)
                .map(u -> new Account(u.active, TokenService.grantedRoles(u, LocalDate.ofInstant(clock.instant(), zone)),
                        u.orgUnit == null ? null : u.orgUnit.code, version, System.nanoTime()))
                .orElseGet(() -> new Account(false, Set.of(), null, version, System.nanoTime())));
        cache.put(username, account);
        return account;
    }

    /** Runs in the administrator's transaction: the new version commits with the change to the account. */
    void accountChanged(@Observes AccountChanged event) {
        versions.bump(CacheVersions.ACCOUNTS);
    }

    /** An agency that stops or starts playing a role changes the roles of all its people. */
    void agenciesChanged(@Observes ReferenceDataChanged event) {
        if (event.type() == OrgUnit.class) {
            versions.bump(CacheVersions.ACCOUNTS);
        }
    }
}
