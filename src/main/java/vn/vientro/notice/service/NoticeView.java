package vn.vientro.notice.service;

import vn.vientro.notice.domain.Notice;
import vn.vientro.notice.domain.NoticeKind;

import java.time.Instant;

/** A notice as its recipient sees it in the application. */
public record NoticeView(long id, NoticeKind kind, Long proposalId, String taskId, String titleVi, String titleEn,
                         String stepVi, String stepEn, String outcome, Instant dueAt, String link, Instant createdAt,
                         Instant readAt) {
    static NoticeView of(Notice n) {
        return new NoticeView(n.id, n.kind, n.proposalId, n.taskId, n.titleVi, n.titleEn, n.stepVi, n.stepEn, n.outcome,
                n.dueAt, n.link, n.createdAt, n.readAt);
    }
}
