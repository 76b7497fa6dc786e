package vn.vientro.security;

import java.util.Set;

/** The roles a token may carry. Workflow roles are granted only while the user's unit plays them. */
public final class Roles {
    public static final String OFFICER = "officer";
    public static final String APPRAISER = "appraiser";
    public static final String CONSULTEE = "consultee";
    public static final String APPROVER = "approver";
    public static final String LEADERSHIP = "leadership";
    public static final String ADMIN = "admin";
    /** Chủ khoản viện trợ: a unit that received aid; sees only the aid its unit owns and reports on it. */
    public static final String AID_OWNER = "aid-owner";

    public static final Set<String> WORKFLOW = Set.of(OFFICER, APPRAISER, CONSULTEE, APPROVER, AID_OWNER);
    public static final Set<String> ALL = Set.of(OFFICER, APPRAISER, CONSULTEE, APPROVER, LEADERSHIP, ADMIN, AID_OWNER);

    private Roles() {
    }
}
