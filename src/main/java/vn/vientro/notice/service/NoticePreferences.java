package vn.vientro.notice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vientro.common.domain.DomainException;
import vn.vientro.notice.domain.Delivery;
import vn.vientro.notice.domain.NoticeKind;
import vn.vientro.notice.domain.NoticePreference;
import vn.vientro.security.domain.AppUser;

import java.util.EnumMap;
import java.util.Map;

/** Each user's choice of e-mail per kind of notice; a kind not chosen is mailed for each event. */
@ApplicationScoped
public class NoticePreferences {

    static Delivery delivery(long userId, NoticeKind kind) {
        NoticePreference p = NoticePreference.findById(new NoticePreference.Key(userId, kind));
        return p == null ? Delivery.EACH : p.delivery;
    }

    /** Every kind with the user's choice. */
    public Map<NoticeKind, Delivery> of(String username) {
        AppUser user = user(username);
        Map<NoticeKind, Delivery> all = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            all.put(kind, delivery(user.id, kind));
        }
        return all;
    }

    /** Sets the kinds given; the others keep their choice. */
    @Transactional
    public Map<NoticeKind, Delivery> set(String username, Map<NoticeKind, Delivery> choices) {
        AppUser user = user(username);
        choices.forEach((kind, delivery) -> {
            NoticePreference p = NoticePreference.findById(new NoticePreference.Key(user.id, kind));
            if (p == null) {
                p = new NoticePreference();
                p.userId = user.id;
                p.kind = kind;
                p.delivery = delivery;
                p.persist();
            } else {
                p.delivery = delivery;
            }
        });
        return of(username);
    }

    private static AppUser user(String username) {
        return AppUser.findByUsername(username).orElseThrow(() -> DomainException.notFound("User", username));
    }
}
