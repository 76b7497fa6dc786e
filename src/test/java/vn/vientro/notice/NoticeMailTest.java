package vn.vientro.notice;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vientro.notice.service.NoticeSender;
import vn.vientro.support.Fixtures;
import vn.vientro.support.TestClock;
import vn.vientro.support.TestDatabase;
import vn.vientro.support.TestMailServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * Notices by e-mail through the outbox, delivered to a real SMTP server (GreenMail) in the test JVM: the mail of a
 * task created reaches its candidate with the subject and the link; two senders deliver once; an outage is retried
 * with back-off; rows committed but not yet sent (a node that died before sending) are delivered once.
 */
@QuarkusTest
class NoticeMailTest {

    @Inject
    NoticeSender sender;

    @Inject
    TestClock clock;

    @AfterEach
    void restore() {
        clock.reset();
        TestMailServer.up();
    }

    /** A new appraiser of the appraising department (a candidate of every dossier check) with an address. */
    private static String appraiser(String language) {
        String name = "td" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.user(name, "appraiser", "STC", "appraiser,consultee");
        Fixtures.mailbox(name, name + "@thu.vientro.test", language);
        return name + "@thu.vientro.test";
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : TestMailServer.server().getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    /** status, attempts, next attempt and last error of the outbox rows to the address. */
    private static List<Map<String, Object>> outbox(String address) throws Exception {
        try (Connection db = TestDatabase.connect(TestDatabase.name());
             var q = db.prepareStatement("select status, attempts, next_attempt_at, last_error from vientro.notice_mail"
                     + " where address = ? order by id")) {
            q.setString(1, address);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("status", r.getString(1));
                    row.put("attempts", r.getInt(2));
                    row.put("next", r.getTimestamp(3).toInstant());
                    row.put("error", r.getString(4));
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return parts.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void aTaskCreatedIsMailedToItsCandidateWithTheStepTheTitleAndTheLink() throws Exception {
        String vi = appraiser("vi");
        String en = appraiser("en");
        String title = "Thư thông báo " + UUID.randomUUID().toString().substring(0, 8);
        long id = submitted("PROJECT", title);
        String taskId = task(id, "checkDossier", APPRAISER);

        // Written with the task, not sent yet: nothing has reached the server.
        assertThat(outbox(vi)).extracting(r -> r.get("status")).containsExactly("PENDING");
        assertThat(mailsTo(vi)).isEmpty();

        sender.sendDue();

        List<MimeMessage> received = mailsTo(vi);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("[Viện trợ] Việc mới: Kiểm tra hồ sơ – " + title);
        String link = "http://localhost:8080/#/tasks/" + taskId;
        assertThat(part(mail, "text/plain")).contains("Bước: Kiểm tra hồ sơ").contains(link)
                .doesNotContain("Mô tả dự án thử nghiệm");
        assertThat(part(mail, "text/html")).contains("<a href=\"" + link + "\">");
        assertThat(outbox(vi)).extracting(r -> r.get("status")).containsExactly("SENT");

        List<MimeMessage> inEnglish = mailsTo(en);
        assertThat(inEnglish).hasSize(1);
        // The English title of the proposal body built by Api.proposal
        assertThat(inEnglish.get(0).getSubject()).isEqualTo("[Viện trợ] New task: Check the dossier – Test proposal");
        assertThat(part(inEnglish.get(0), "text/plain")).contains("Step: Check the dossier").contains(link);
    }

    @Test
    void twoSendersAtOnceDeliverEachMailOnce() throws Exception {
        List<String> addresses = List.of(appraiser("vi"), appraiser("vi"), appraiser("en"));
        for (int i = 0; i < 4; i++) {
            submitted("PROJECT", "Hai người gửi " + i + " " + UUID.randomUUID().toString().substring(0, 8));
        }
        var first = CompletableFuture.supplyAsync(sender::sendDue);
        var second = CompletableFuture.supplyAsync(sender::sendDue);
        first.join();
        second.join();
        for (String address : addresses) {
            assertThat(mailsTo(address)).as(address).hasSize(4);
            assertThat(outbox(address)).extracting(r -> r.get("status")).containsOnly("SENT");
            assertThat(outbox(address)).extracting(r -> r.get("attempts")).containsOnly(1);
        }
    }

    @Test
    void anSmtpOutageIsRetriedWithBackOffAndDeliveredOnceItIsBack() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(start);
        String address = appraiser("vi");
        TestMailServer.down();
        submitted("PROJECT", "Máy chủ thư ngừng " + UUID.randomUUID().toString().substring(0, 8));

        sender.sendDue();
        Map<String, Object> row = outbox(address).get(0);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        // %test base delay: 10 s after the first failure, then doubled
        assertThat(row.get("next")).isEqualTo(start.plusSeconds(10));
        assertThat((String) row.get("error")).isNotBlank();

        clock.advance(Duration.ofSeconds(10));
        sender.sendDue();
        row = outbox(address).get(0);
        assertThat(row.get("attempts")).isEqualTo(2);
        assertThat(row.get("next")).isEqualTo(start.plusSeconds(10 + 20));

        clock.advance(Duration.ofSeconds(20));
        sender.sendDue();
        row = outbox(address).get(0);
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat(row.get("next")).isEqualTo(start.plusSeconds(10 + 20 + 40));

        TestMailServer.up();
        sender.sendDue(); // not due yet
        assertThat(mailsTo(address)).isEmpty();

        clock.advance(Duration.ofSeconds(40));
        sender.sendDue();
        assertThat(mailsTo(address)).hasSize(1);
        row = outbox(address).get(0);
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(4);
    }

    @Test
    void rowsCommittedButNotSentByANodeThatDiedAreDeliveredOnce() throws Exception {
        String address = appraiser("vi");
        submitted("PROJECT", "Nút gửi chết " + UUID.randomUUID().toString().substring(0, 8));
        // Another node has claimed the row and dies before it commits: its connection goes, its claim with it.
        try (Connection node = TestDatabase.connect(TestDatabase.name())) {
            node.setAutoCommit(false);
            try (var claim = node.prepareStatement("select id from vientro.notice_mail where address = ? for update")) {
                claim.setString(1, address);
                claim.executeQuery();
            }
            sender.sendDue(); // skips the row the other node holds
            assertThat(mailsTo(address)).isEmpty();
        }
        sender.sendDue();
        sender.sendDue();
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(outbox(address)).extracting(r -> r.get("status")).containsExactly("SENT");
    }

    @Test
    void aUserWhoWantsNoMailForAKindIsToldInTheApplicationOnly() throws Exception {
        String address = appraiser("vi");
        String user = address.substring(0, address.indexOf('@'));
        as(user).body(Map.of("TASK_ASSIGNED", "NONE")).put("/api/me/notice-preferences").then().statusCode(200);
        long id = submitted("PROJECT", "Không nhận thư " + UUID.randomUUID().toString().substring(0, 8));
        sender.sendDue();
        assertThat(outbox(address)).isEmpty();
        assertThat(mailsTo(address)).isEmpty();
        as(user).get("/api/notices").then().statusCode(200)
                .body("items[0].proposalId", org.hamcrest.Matchers.equalTo((int) id));
    }
}
