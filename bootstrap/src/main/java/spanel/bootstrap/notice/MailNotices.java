package spanel.bootstrap.notice;

import java.util.Map;
import java.util.Objects;
import spanel.application.notice.port.out.NoticeSender;
import spanel.application.user.port.out.Mailer;
import spanel.domain.user.Email;

/** Notices by mail, plain text, through the SMTP adapter; each carries {@code X-Spanel-Event-Id}. */
public final class MailNotices implements NoticeSender {

    private final Mailer mailer;

    public MailNotices(Mailer mailer) {
        this.mailer = Objects.requireNonNull(mailer);
    }

    @Override
    public void send(Outgoing outgoing) {
        Email to;
        try {
            to = Email.of(outgoing.email().orElseThrow(() -> new NotDelivered("the account has no mail address", true)));
        } catch (IllegalArgumentException e) {
            throw new NotDelivered("the account's mail address cannot take mail: " + e.getMessage(), true);
        }
        try {
            mailer.send(to, outgoing.subject(), outgoing.body(), Map.of(SignedWebhook.EVENT_ID, Long.toString(outgoing.id())));
        } catch (IllegalStateException e) {
            throw new NotDelivered(e.getMessage());
        }
    }
}
