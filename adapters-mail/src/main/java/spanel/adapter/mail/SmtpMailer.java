package spanel.adapter.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import spanel.application.user.port.out.Mailer;
import spanel.domain.user.Email;

/**
 * Sends plain-text mail through one SMTP server (SMTP_URL) from one sender (MAIL_FROM), with a
 * connection per mail and time-outs, so a mail server that hangs cannot hold a thread for long.
 * The server's certificate and name are checked whenever TLS is used.
 */
public final class SmtpMailer implements Mailer {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final SmtpUrl url;
    private final InternetAddress from;
    private final Session session;
    private final Clock clock;

    public SmtpMailer(MailConfig config, Clock clock) {
        this.url = config.url();
        this.from = sender(config.from());
        this.clock = Objects.requireNonNull(clock);
        this.session = Session.getInstance(properties(url));
    }

    /** MAIL_FROM: an address, optionally with a name ({@code spanel <no-reply@example.com>}). */
    static InternetAddress sender(String mailFrom) {
        if (mailFrom == null || mailFrom.isBlank()) {
            throw new IllegalArgumentException("MAIL_FROM is required with SMTP_URL: the address mail is sent from, "
                    + "e.g. no-reply@example.com or \"spanel <no-reply@example.com>\"");
        }
        try {
            InternetAddress address = new InternetAddress(mailFrom.strip(), true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("MAIL_FROM is not a mail address (" + e.getMessage() + ")");
        }
    }

    static Properties properties(SmtpUrl url) {
        String protocol = protocol(url);
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol);
        properties.setProperty(prefix + "host", url.host());
        properties.setProperty(prefix + "port", Integer.toString(url.port()));
        properties.setProperty(prefix + "auth", Boolean.toString(url.user().isPresent()));
        properties.setProperty(prefix + "connectiontimeout", Long.toString(TIMEOUT.toMillis()));
        properties.setProperty(prefix + "timeout", Long.toString(TIMEOUT.toMillis()));
        properties.setProperty(prefix + "writetimeout", Long.toString(TIMEOUT.toMillis()));
        properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        switch (url.security()) {
            case STARTTLS_WHEN_OFFERED -> properties.setProperty(prefix + "starttls.enable", "true");
            case STARTTLS_REQUIRED -> {
                properties.setProperty(prefix + "starttls.enable", "true");
                properties.setProperty(prefix + "starttls.required", "true");
            }
            case IMPLICIT_TLS -> properties.setProperty(prefix + "ssl.enable", "true");
        }
        return properties;
    }

    private static String protocol(SmtpUrl url) {
        return url.security() == SmtpUrl.Security.IMPLICIT_TLS ? "smtps" : "smtp";
    }

    @Override
    public void send(Email to, String subject, String text) {
        send(to, subject, text, java.util.Map.of());
    }

    @Override
    public void send(Email to, String subject, String text, java.util.Map<String, String> headers) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.value(), true));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            for (var header : headers.entrySet()) {
                if (!header.getKey().startsWith("X-")) {
                    throw new IllegalArgumentException("only X- headers are the sender's own: " + header.getKey());
                }
                message.setHeader(header.getKey(), header.getValue());
            }
            try (Transport transport = session.getTransport(protocol(url))) {
                transport.connect(url.host(), url.port(), url.user().orElse(null), url.password().orElse(null));
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("mail to " + to + " through " + url + " failed: " + e.getMessage(), e);
        }
    }
}
