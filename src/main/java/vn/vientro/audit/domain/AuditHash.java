package vn.vientro.audit.domain;

import vn.vientro.common.Sha256;

/**
 * The hash of an audit entry: SHA-256 (hex) over its canonical content, every column that says what happened
 * (id, proposal, time, actor, action, task, outcome, comment, details) and the previous entry's hash. Each value
 * is written with its length ({@code 5:canbo}, {@code ~} for null), so no two different entries share a text.
 */
public final class AuditHash {

    /** Changes if the canonical form ever does, so old and new entries stay verifiable. */
    private static final String FORMAT = "audit-v1";

    private AuditHash() {
    }

    public static String of(AuditEntry e) {
        StringBuilder text = new StringBuilder(FORMAT);
        for (Object value : new Object[]{e.id, e.prevHash, e.proposalId, e.at, e.actor, e.action, e.taskId, e.taskKey,
                e.outcome, e.comment, e.details}) {
            String s = value == null ? null : value.toString();
            text.append('|').append(s == null ? "~" : s.length() + ":" + s);
        }
        return Sha256.hex(text.toString());
    }
}
