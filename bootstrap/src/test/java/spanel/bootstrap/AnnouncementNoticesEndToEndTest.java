package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import spanel.adapter.http.testing.TestHttp;
import spanel.domain.common.MovableClock;

/**
 * An announcement published with {@code "notify": true} through the assembled service reaches its
 * users by mail (a real SMTP server, GreenMail) once, as plain text: the Markdown's words, none of
 * the HTML its author typed.
 */
class AnnouncementNoticesEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";

    private final MovableClock clock = MovableClock.runningFromNow();
    private GreenMail smtp;

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraEnvironment() {
        stopSmtp();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return Map.of("SMTP_URL", "smtp://127.0.0.1:" + smtp.getSmtp().getPort(), "MAIL_FROM", "spanel <no-reply@panel.example.com>",
                "LOGIN_RATE_LIMIT", "1000");
    }

    @AfterParameterizedClassInvocation
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private List<MimeMessage> mailTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aSentAnnouncementArrivesOnceByMailAsPlainText() throws Exception {
        String email = "news-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assertThat(http().post(API + "/auth/register", "{\"email\":\"" + email + "\",\"password\":\"a password\"}").status())
                .isEqualTo(200);

        // A node group of its own: the announcement is meant for this user alone.
        int group = 700_000 + (int) (scalar("SELECT count(*) FROM users") % 100_000);
        dsl().execute("UPDATE users SET node_group = " + group + " WHERE email = '" + email + "'");
        int mailsBefore = smtp.getReceivedMessages().length;

        TestHttp.Reply published = http().post(API + "/admin/announcements", "{\"title\":\"Maintenance tonight\","
                + "\"body\":\"Nodes **hk-1** restart at 02:00. <script>alert(1)</script>\",\"groups\":[" + group + "],"
                + "\"notify\":true}", asAdmin());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(app().runDueJobs().failed()).isEmpty();
        app().deliverNotices();
        clock.advance(Duration.ofMinutes(1));
        assertThat(app().runDueJobs().failed()).isEmpty();
        app().deliverNotices();

        assertThat(smtp.waitForIncomingEmail(30_000, mailsBefore + 1)).isTrue();
        assertThat(mailTo(email)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Announcement: Maintenance tonight");
            assertThat(GreenMailUtil.getBody(mail)).contains("Nodes hk-1 restart at 02:00.").doesNotContain("<script>", "**");
        });
    }
}
