package vn.vientro.notice.domain;

/** How a user wants a kind of notice by e-mail; notices in the application are kept whatever the choice. */
public enum Delivery {
    /** A mail for each event. */
    EACH,
    /** At most one mail a day, listing the day's notices. */
    DIGEST,
    /** No mail. */
    NONE
}
