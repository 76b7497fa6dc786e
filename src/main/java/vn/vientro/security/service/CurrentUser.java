package vn.vientro.security.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.vientro.security.Actor;
import vn.vientro.security.Roles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Who is calling: the name, the roles and (for a consultee) the agency, read from the verified token. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken jwt;

    public String username() {
        return jwt.getName();
    }

    public Set<String> roles() {
        return jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    }

    public boolean has(String role) {
        return roles().contains(role);
    }

    public String agency() {
        Object claim = jwt.getClaim(TokenService.AGENCY_CLAIM);
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    public Actor actor() {
        return new Actor(username(), roles(), agency());
    }

    /** The engine's candidate groups for this user: the roles, plus the unit for a consultee or an aid owner. */
    public List<String> candidateGroups() {
        Set<String> groups = new HashSet<>(roles());
        if ((has(Roles.CONSULTEE) || has(Roles.AID_OWNER)) && agency() != null) {
            groups.add(agency());
        }
        return List.copyOf(groups);
    }
}
