package vn.vientro.security.service;

/** Fired inside the writing transaction when an administrator changes an account (roles, agency, active, password). */
public record AccountChanged(String username) {
}
