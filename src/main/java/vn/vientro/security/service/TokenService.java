package vn.vientro.security.service;

import jakarta.inject.Inject;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vientro.security.AuthSettings;
import vn.vientro.common.ProvinceZone;
import vn.vientro.security.Roles;
import vn.vientro.security.domain.AppUser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Checks a password against the stored bcrypt hash, within the limits of {@link SignInThrottle}, and issues an RS256 token. */
@ApplicationScoped
public class TokenService {

    /** Claim that binds a user to an organisational unit (a consultee's agency). */
    public static final String AGENCY_CLAIM = "agency";

    // A hash to compare against when the user does not exist, so both paths cost one bcrypt check.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("timing-equaliser");

    @Inject
    java.time.Clock clock;

    @Inject
    AuthSettings auth;

    // SmallRye JWT's own setting, read here only to refuse the development key in production
    @ConfigProperty(name = "smallrye.jwt.sign.key.location")
    String signKeyLocation;

    @Inject
    SignInThrottle throttle;

    @Inject
    @ProvinceZone
    java.time.ZoneId zone;

    /** The committed keys are public: in production either one would let anybody mint valid tokens. */
    void refuseDevelopmentKeysInProduction(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL
                && (signKeyLocation.contains("dev-only") || auth.publicKeyLocation().contains("dev-only"))) {
            throw new IllegalStateException("The development signing key is configured in production; "
                    + "set SMALLRYE_JWT_SIGN_KEY_LOCATION and VIENTRO_AUTH_PUBLIC_KEY_LOCATION to your own keys");
        }
    }

    public record IssuedToken(String accessToken, long expiresIn, Set<String> roles, String agency) {
    }

    /** The outcome of a sign-in: a token, a refusal (the same whatever was wrong), or a wait before trying again. */
    public sealed interface SignIn permits Issued, Refused, Delayed {
    }

    public record Issued(IssuedToken token) implements SignIn {
    }

    public record Refused() implements SignIn {
    }

    public record Delayed(Duration retryAfter) implements SignIn {
    }

    /**
     * Checks the password unless failures from this address or for this account call for a wait first. An
     * unknown username, a wrong password and a deactivated account give the same refusal after the same work (a
     * bcrypt check), and count alike, so the answers do not tell which usernames exist.
     */
    @Transactional
    public SignIn signIn(String username, String password, String address) {
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            return new Delayed(wait.get());
        }
        Optional<AppUser> found = AppUser.findByUsername(username);
        boolean matches = BcryptUtil.matches(password, found.map(u -> u.passwordHash).orElse(DUMMY_HASH));
        if (found.isEmpty() || !matches || !found.get().active) {
            throttle.failed(username, address, found.isEmpty() ? "unknown-user" : !matches ? "wrong-password" : "inactive");
            return new Refused();
        }
        throttle.succeeded(username, address);
        return new Issued(issue(found.get()));
    }

    private IssuedToken issue(AppUser user) {
        Set<String> roles = grantedRoles(user, LocalDate.ofInstant(clock.instant(), zone));
        String agency = user.orgUnit == null ? null : user.orgUnit.code;
        var builder = Jwt.issuer(auth.issuer()).upn(user.username).subject(user.username).groups(roles)
                .claim("name", user.fullName).expiresIn(auth.tokenLifetime());
        if (agency != null) {
            builder.claim(AGENCY_CLAIM, agency);
        }
        return new IssuedToken(builder.jws().keyId(auth.keyId()).sign(), auth.tokenLifetime().toSeconds(), roles, agency);
    }

    /** Workflow roles count only while the user's unit plays them; leadership and admin stand alone. */
    static Set<String> grantedRoles(AppUser user, LocalDate today) {
        Set<String> granted = new TreeSet<>();
        for (String role : user.roleSet()) {
            if (!Roles.ALL.contains(role)) {
                continue;
            }
            if (!Roles.WORKFLOW.contains(role) || (user.orgUnit != null && user.orgUnit.plays(role, today))) {
                granted.add(role);
            }
        }
        return granted;
    }
}
