package vn.vientro.security.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.reference.domain.OrgUnit;
import vn.vientro.security.Roles;
import vn.vientro.security.domain.AppUser;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** User accounts: kept in our database with bcrypt password hashes; managed by administrators. */
@ApplicationScoped
public class UserService {

    @Inject
    Event<AccountChanged> changed;

    public record UserView(long id, String username, String fullName, Set<String> roles, String orgUnit, boolean active,
                           String email, String language) {
        static UserView of(AppUser u) {
            return new UserView(u.id, u.username, u.fullName, new TreeSet<>(u.roleSet()),
                    u.orgUnit == null ? null : u.orgUnit.code, u.active, u.email, u.language);
        }
    }

    /** Where and in which language the user's notices are mailed; a blank address = none, no language = as before. */
    public record Contact(String email, String language) {
        public static final Contact NONE = new Contact(null, null);
    }

    public List<UserView> list() {
        return AppUser.<AppUser>listAll().stream().sorted(Comparator.comparing(u -> u.username)).map(UserView::of).toList();
    }

    @Transactional
    public UserView create(String username, String fullName, String password, Set<String> roles, String orgUnit,
                           Contact contact) {
        if (AppUser.findByUsername(username).isPresent()) {
            throw DomainException.conflict(ProblemCode.USERNAME_TAKEN, "A user named " + username + " already exists", username);
        }
        AppUser user = new AppUser();
        user.username = username;
        apply(user, fullName, roles, orgUnit, true);
        apply(user, contact);
        PasswordPolicy.check("password", username, password);
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.persist();
        return UserView.of(user);
    }

    @Transactional
    public UserView update(long id, String fullName, Set<String> roles, String orgUnit, boolean active, String newPassword,
                           Contact contact) {
        AppUser user = AppUser.findById(id);
        if (user == null) {
            throw DomainException.notFound("User", id);
        }
        apply(user, fullName, roles, orgUnit, active);
        apply(user, contact);
        if (newPassword != null) {
            PasswordPolicy.check("newPassword", user.username, newPassword);
            user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        }
        // Tokens already issued are checked against the account (AccountCheck): forget what it cached.
        changed.fire(new AccountChanged(user.username));
        return UserView.of(user);
    }

    private static void apply(AppUser user, Contact contact) {
        user.email = contact.email() == null || contact.email().isBlank() ? null : contact.email().strip();
        if (contact.language() != null) {
            user.language = contact.language();
        }
    }

    private static void apply(AppUser user, String fullName, Set<String> roles, String orgUnit, boolean active) {
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw DomainException.invalid("roles", ProblemCode.UNKNOWN_ROLE,
                        "unknown role " + role + "; roles are " + new TreeSet<>(Roles.ALL), role, new TreeSet<>(Roles.ALL));
            }
        }
        user.fullName = fullName;
        user.roles = String.join(",", new TreeSet<>(roles));
        user.orgUnit = orgUnit == null ? null : OrgUnit.findByCode(orgUnit)
                .orElseThrow(() -> DomainException.invalid("orgUnit", ProblemCode.UNKNOWN_ORG_UNIT,
                        "no organisational unit has code " + orgUnit, orgUnit));
        // Workflow tasks go to an agency's people: such a role without an agency could do nothing.
        List<String> needAgency = roles.stream().filter(Roles.WORKFLOW::contains).sorted().toList();
        if (user.orgUnit == null && !needAgency.isEmpty()) {
            throw DomainException.invalid("orgUnit", ProblemCode.AGENCY_REQUIRED, "an agency is required for the workflow role"
                    + (needAgency.size() > 1 ? "s " : " ") + String.join(", ", needAgency));
        }
        user.active = active;
    }
}
