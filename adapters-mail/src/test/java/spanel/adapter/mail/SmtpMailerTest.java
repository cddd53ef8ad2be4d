package spanel.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.domain.user.Email;

/** Mail through a real SMTP server in the test's own process (GreenMail), read back as it arrived. */
class SmtpMailerTest {

    private GreenMail server;

    @BeforeEach
    void startTheServer() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@example.com", "mailer", "s3cret:@/"));
        server.start();
    }

    @AfterEach
    void stopTheServer() {
        server.stop();
    }

    private String url(String userInfo) {
        return "smtp://" + userInfo + "127.0.0.1:" + server.getSmtp().getPort();
    }

    private static SmtpMailer mailer(String smtpUrl, String mailFrom, Clock clock) {
        return new SmtpMailer(MailConfig.of(smtpUrl, mailFrom), clock);
    }

    @Test
    void aMailArrivesWithItsSenderRecipientSubjectAndText() throws Exception {
        SmtpMailer mailer = mailer(url("mailer:s3cret%3A%40%2F@"), "spanel <no-reply@example.com>",
                Clock.systemUTC());

        mailer.send(Email.of("user@example.com"), "Reset your password", "Open https://panel.example.com/x?token=abc\n");

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Reset your password");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("spanel <no-reply@example.com>");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("user@example.com");
        assertThat(GreenMailUtil.getBody(received[0])).contains("https://panel.example.com/x?token=abc");
    }

    @Test
    void aWrongPasswordIsAFailureThatNamesTheServerButNotThePassword() {
        SmtpMailer mailer = mailer(url("mailer:wrong-pass@"), "no-reply@example.com", Clock.systemUTC());

        assertThatThrownBy(() -> mailer.send(Email.of("user@example.com"), "s", "t"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1")
                .hasMessageNotContaining("wrong-pass");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatRefusesStartTlsGetsNoMailWhenTlsIsRequired() {
        SmtpMailer mailer = mailer(url("") + "?starttls=required", "no-reply@example.com", Clock.systemUTC());

        assertThatThrownBy(() -> mailer.send(Email.of("user@example.com"), "s", "t")).isInstanceOf(IllegalStateException.class);
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void mailFromMustBeAnAddress() {
        assertThatThrownBy(() -> mailer(url(""), "", Clock.systemUTC())).hasMessageStartingWith("MAIL_FROM is required");
        assertThatThrownBy(() -> mailer(url(""), "not an address", Clock.systemUTC()))
                .hasMessageStartingWith("MAIL_FROM is not a mail address");
    }
}
