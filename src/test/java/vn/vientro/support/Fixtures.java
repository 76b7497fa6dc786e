package vn.vientro.support;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.vientro.reference.domain.OrgUnit;
import vn.vientro.security.domain.AppUser;

import java.time.LocalDate;

/** Rows the demo data does not have, written straight to the database like an administrator would. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Creates the unit and the user unless they exist; the password is {@link Api#PASSWORD}. */
    public static void user(String username, String roles, String unitCode, String unitRoles) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (AppUser.findByUsername(username).isPresent()) {
                return;
            }
            OrgUnit unit = OrgUnit.findByCode(unitCode).orElseGet(() -> {
                OrgUnit u = new OrgUnit();
                u.code = unitCode;
                u.nameVi = "Đơn vị thử nghiệm " + unitCode;
                u.workflowRoles = unitRoles;
                u.validFrom = LocalDate.of(2000, 1, 1);
                u.persist();
                return u;
            });
            AppUser user = new AppUser();
            user.username = username;
            user.fullName = "Người dùng thử " + username;
            user.passwordHash = BcryptUtil.bcryptHash(Api.PASSWORD);
            user.roles = roles;
            user.orgUnit = unit;
            user.persist();
        });
    }

    /** Gives the user an e-mail address and a language for notices. */
    public static void mailbox(String username, String email, String language) {
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.findByUsername(username).orElseThrow();
            user.email = email;
            user.language = language;
        });
    }
}
