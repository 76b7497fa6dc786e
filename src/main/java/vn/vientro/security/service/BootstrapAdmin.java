package vn.vientro.security.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.vientro.common.domain.DomainException;
import vn.vientro.security.Roles;
import vn.vientro.security.domain.AppUser;

import java.util.Optional;
import java.util.Set;

/**
 * A new production database has no users: when {@code vientro.bootstrap.admin-password} is set and the
 * user table is empty (after any demo data), creates the account {@code admin}, which then creates everyone
 * else through /api/users.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    @ConfigProperty(name = "vientro.bootstrap.admin-password")
    Optional<String> password;

    @Inject
    UserService users;

    static final String USERNAME = "admin";

    void createFirstAdmin(@Observes @Priority(200) StartupEvent event) {
        if (password.isEmpty() || password.get().isBlank()
                || QuarkusTransaction.requiringNew().call(() -> AppUser.count()) > 0) {
            return;
        }
        String refused = refusal(password.get());
        if (refused != null) {
            LOG.error(refused);
            throw new IllegalStateException(refused);
        }
        users.create(USERNAME, "Quản trị hệ thống", password.get(), Set.of(Roles.ADMIN), null, UserService.Contact.NONE);
        LOG.info("Created the first administrator account 'admin'; change its password through /api/users");
    }

    /**
     * Why the password policy refuses {@code password} for the first administrator, as one line naming the setting
     * to change, or null when it is accepted: an operator reads this in the log of a start that stopped.
     */
    static String refusal(String password) {
        try {
            PasswordPolicy.check("password", USERNAME, password);
            return null;
        } catch (DomainException e) {
            return "vientro.bootstrap.admin-password (VIENTRO_BOOTSTRAP_ADMIN_PASSWORD) is refused for the account '"
                    + USERNAME + "': it " + e.violations().get(0).message() + ". Set another password in that setting ("
                    + PasswordPolicy.MIN_LENGTH + " characters or more, without '" + USERNAME + "', not a common one) and start again";
        }
    }
}
