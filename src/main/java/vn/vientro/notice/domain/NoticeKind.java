package vn.vientro.notice.domain;

/** What a notice tells its recipient. */
public enum NoticeKind {
    /** A task is waiting for the user or for one of the user's groups. */
    TASK_ASSIGNED,
    /** A task of the user's passed its deadline. */
    OVERDUE,
    /** The decision on a proposal the user submitted or gave an opinion on. */
    DECIDED
}
