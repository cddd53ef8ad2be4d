package spanel.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpUrlTest {

    @Test
    void smtpUpgradesWithStartTlsOnPort587UnlessToldOtherwise() {
        SmtpUrl url = SmtpUrl.parse("smtp://user%40example.com:p%40ss%3Aword@mail.example.com");

        assertThat(url).isEqualTo(new SmtpUrl(SmtpUrl.Security.STARTTLS_WHEN_OFFERED, "mail.example.com", 587,
                Optional.of("user@example.com"), Optional.of("p@ss:word")));
        assertThat(SmtpMailer.properties(url)).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.auth", "true").doesNotContainKey("mail.smtp.starttls.required");
        assertThat(url.toString()).doesNotContain("p@ss").isEqualTo("smtp://user@example.com:***@mail.example.com:587");
    }

    @Test
    void startTlsCanBeRequired() {
        SmtpUrl url = SmtpUrl.parse("smtp://mail.example.com:2525?starttls=required");

        assertThat(url.security()).isEqualTo(SmtpUrl.Security.STARTTLS_REQUIRED);
        assertThat(url.port()).isEqualTo(2525);
        assertThat(url.user()).isEmpty();
        assertThat(SmtpMailer.properties(url)).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.auth", "false");
    }

    @Test
    void smtpsSpeaksTlsFromTheStartOnPort465() {
        SmtpUrl url = SmtpUrl.parse("smtps://u:p@mail.example.com");

        assertThat(url.security()).isEqualTo(SmtpUrl.Security.IMPLICIT_TLS);
        assertThat(url.port()).isEqualTo(465);
        assertThat(SmtpMailer.properties(url)).containsEntry("mail.transport.protocol", "smtps")
                .containsEntry("mail.smtps.ssl.enable", "true").containsEntry("mail.smtps.ssl.checkserveridentity", "true");
    }

    @Test
    void anythingElseIsRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> SmtpUrl.parse("http://mail.example.com")).hasMessageContaining("smtp://");
        assertThatThrownBy(() -> SmtpUrl.parse("smtp://")).hasMessageContaining("host");
        assertThatThrownBy(() -> SmtpUrl.parse("smtp://mail.example.com?tls=yes")).hasMessageContaining("starttls=required");
        assertThatThrownBy(() -> SmtpUrl.parse("smtp://mail.example.com/path")).hasMessageContaining("no path");
        assertThatThrownBy(() -> SmtpUrl.parse("smtp://mail.example.com:99999")).isInstanceOf(IllegalArgumentException.class);
    }
}
