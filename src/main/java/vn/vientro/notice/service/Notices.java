package vn.vientro.notice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.common.Page;
import vn.vientro.common.domain.DomainException;
import vn.vientro.notice.domain.Notice;

import java.time.Clock;

/** A user's own notices: listed newest first, counted while unread, marked as read. Nobody sees another's. */
@ApplicationScoped
public class Notices {

    @Inject
    Clock clock;

    public Page<NoticeView> mine(String username, int page, int size) {
        var query = Notice.<Notice>find("recipient = ?1 order by createdAt desc, id desc", username);
        return new Page<>(query.page(page, size).list().stream().map(NoticeView::of).toList(), query.count(), page, size);
    }

    public long unread(String username) {
        return Notice.count("recipient = ?1 and readAt is null", username);
    }

    @Transactional
    public NoticeView read(String username, long id) {
        Notice n = Notice.findById(id);
        // Another's notice is answered as missing, so its existence is not disclosed.
        if (n == null || !n.recipient.equals(username)) {
            throw DomainException.notFound("Notice", id);
        }
        if (n.readAt == null) {
            n.readAt = clock.instant();
        }
        return NoticeView.of(n);
    }

    @Transactional
    public long readAll(String username) {
        return Notice.update("readAt = ?1 where recipient = ?2 and readAt is null", clock.instant(), username);
    }
}
