package spanel.adapter.mail;

import java.util.Objects;

/** SMTP_URL and MAIL_FROM, both checked: a value that cannot be used is an IllegalArgumentException naming it. */
public record MailConfig(SmtpUrl url, String from) {

    public MailConfig {
        Objects.requireNonNull(url, "url");
        from = SmtpMailer.sender(from).toString();
    }

    public static MailConfig of(String smtpUrl, String mailFrom) {
        return new MailConfig(SmtpUrl.parse(smtpUrl), mailFrom);
    }
}
