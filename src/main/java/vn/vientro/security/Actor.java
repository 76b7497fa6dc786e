package vn.vientro.security;

import java.util.Set;

/** Who performs an action, as services see it (independent of how the caller authenticated). */
public record Actor(String username, Set<String> roles, String agency) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    /**
     * An aid owner and nothing more: sees only the aid its unit ({@link #agency()}) owns. A user with another role
     * as well sees what that role sees.
     */
    public boolean onlyAidOwner() {
        return has(Roles.AID_OWNER) && roles.size() == 1;
    }

    /** Appraisers, approvers, leadership and admins see every submitted proposal. */
    public boolean seesAllProposals() {
        return has(Roles.APPRAISER) || has(Roles.APPROVER) || has(Roles.LEADERSHIP) || has(Roles.ADMIN);
    }
}
