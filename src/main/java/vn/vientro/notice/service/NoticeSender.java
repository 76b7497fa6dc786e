package vn.vientro.notice.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vientro.common.ProvinceZone;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import vn.vientro.notice.domain.Notice;
import vn.vientro.notice.domain.NoticeMail;
import vn.vientro.security.domain.AppUser;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivers the outbox's due mails. Each batch is claimed with {@code for update skip locked} in a transaction of
 * its own, so two nodes (or two runs) never send the same row, and a row whose sending was interrupted before its
 * commit is sent again (a crash loses no mail). A failure is retried after the base delay, doubled per attempt.
 */
@ApplicationScoped
public class NoticeSender {

    private static final Logger LOG = Logger.getLogger(NoticeSender.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Clock clock;

    @Inject
    @ProvinceZone
    ZoneId zone;

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Engine qute;

    @Inject
    NoticeSettings settings;

    @Scheduled(every = "${vientro.notices.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // Without a mail server no row is written (NoticeService); nothing to look for
        if (settings.mailEnabled()) {
            sendDue();
        }
    }

    /** Sends the due mails, batch after batch; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            int[] batch = QuarkusTransaction.requiringNew().call(this::sendBatch);
            sent += batch[0];
            if (batch[1] < settings.batchSize()) {
                return sent;
            }
        }
    }

    /** {sent, claimed} of one batch, in the caller's new transaction. */
    private int[] sendBatch() {
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("select id from {h-schema}notice_mail where status = 'PENDING' and next_attempt_at <= ?1"
                        + " order by next_attempt_at, id limit ?2 for update skip locked", Long.class)
                .setParameter(1, clock.instant()).setParameter(2, settings.batchSize()).getResultList();
        int sent = 0;
        for (Long id : ids) {
            NoticeMail mail = em.find(NoticeMail.class, id);
            try {
                mailer.send(compose(mail));
                mail.status = NoticeMail.Status.SENT;
                mail.sentAt = clock.instant();
                sent++;
            } catch (RuntimeException e) {
                failed(mail, e);
            }
            mail.attempts++;
        }
        return new int[]{sent, ids.size()};
    }

    private void failed(NoticeMail mail, RuntimeException e) {
        int failures = mail.attempts + 1;
        String error = String.valueOf(e.getMessage());
        mail.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (failures >= settings.maxAttempts()) {
            mail.status = NoticeMail.Status.FAILED;
            LOG.errorf("Notice mail %d to %s given up after %d attempts: %s", mail.id, mail.address, failures, mail.lastError);
        } else {
            Instant next = clock.instant().plus(settings.baseDelay().multipliedBy(1L << Math.min(failures - 1, 20)));
            mail.nextAttemptAt = next;
            LOG.warnf("Notice mail %d to %s not sent (attempt %d), next at %s: %s", mail.id, mail.address, failures, next,
                    mail.lastError);
        }
    }

    /** Subject, plain text and HTML in the recipient's language; only the title, the step and the dates. */
    Mail compose(NoticeMail mail) {
        Notice n = mail.notice;
        String language = AppUser.findByUsername(n.recipient).map(u -> u.language).orElse("vi");
        boolean en = "en".equals(language);
        Map<String, Object> data = new HashMap<>();
        data.put("kind", n.kind.name());
        data.put("title", en && n.titleEn != null ? n.titleEn : n.titleVi);
        data.put("step", en ? n.stepEn : n.stepVi);
        data.put("due", n.dueAt == null ? null : DATE.format(n.dueAt.atZone(zone)));
        data.put("outcome", n.outcome);
        data.put("link", settings.baseUrl() + "/#" + n.link);
        String base = "notice/" + (en ? "en" : "vi");
        String subject = render(base + "-subject.txt", data).strip();
        return Mail.withText(mail.address, subject, render(base + ".txt", data)).setHtml(render(base + ".html", data));
    }

    private String render(String template, Map<String, Object> data) {
        var t = qute.getTemplate(template).instance();
        data.forEach(t::data);
        return t.render();
    }
}
