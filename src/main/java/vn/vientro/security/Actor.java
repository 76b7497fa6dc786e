package vn.vientro.security;

import java.util.Set;

/** Who performs an action, as services see it (independent of how the caller authenticated). */
public record Actor(String username, Set<String> roles, String agency) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Appraisers, approvers, leadership and admins see every submitted proposal. */
    public boolean seesAllProposals() {
        return has(Roles.APPRAISER) || has(Roles.APPROVER) || has(Roles.LEADERSHIP) || has(Roles.ADMIN);
    }
}
