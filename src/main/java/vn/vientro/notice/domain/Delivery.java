package vn.vientro.notice.domain;

/**
 * How a user wants a kind of notice by e-mail; notices in the application are kept whatever the choice. A daily digest
 * is not offered until it is mailed (the table already allows DIGEST, so adding it needs no migration).
 */
public enum Delivery {
    /** A mail for each event. */
    EACH,
    /** No mail. */
    NONE
}
