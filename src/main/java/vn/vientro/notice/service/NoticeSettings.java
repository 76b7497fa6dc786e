package vn.vientro.notice.service;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Notices and their mails ({@code vientro.notices.*}, see application.properties "## Mail"). */
@ConfigMapping(prefix = "vientro.notices")
public interface NoticeSettings {

    /** Whether notices are mailed at all; off while no SMTP server is configured (the bell still works). */
    boolean mailEnabled();

    /** The application's address as users reach it, for the links in mails. */
    String baseUrl();

    /** A mail is given up (FAILED) after this many failed attempts. */
    int maxAttempts();

    /** The wait after the first failure; it doubles with each further one. */
    Duration baseDelay();

    /** How often the sender looks for due mails (read by its {@code @Scheduled}); "off" stops it (tests run it by hand). */
    String sendEvery();

    /** At most this many mails are claimed by one sender transaction. */
    int batchSize();
}
