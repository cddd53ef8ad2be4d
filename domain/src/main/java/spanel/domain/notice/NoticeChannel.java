package spanel.domain.notice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A way a notice reaches someone. */
public enum NoticeChannel {
    /** The account's mail address, through SMTP_URL. */
    MAIL(true),
    /** The Telegram chat linked to the account, through TELEGRAM_BOT_TOKEN. */
    TELEGRAM(true),
    /** NOTIFY_WEBHOOK_URL, signed: the operator's own systems. */
    WEBHOOK(true),
    /** ALERT_WEBHOOK_URL: node down and up only, in the body its receivers have always read; nobody chooses it. */
    ALERT_WEBHOOK(false);

    private final boolean chosenByUsers;

    NoticeChannel(boolean chosenByUsers) {
        this.chosenByUsers = chosenByUsers;
    }

    /** Whether a user turns it on or off for an event (the alert webhook is the operator's setting alone). */
    public boolean chosenByUsers() {
        return chosenByUsers;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NoticeChannel> of(String word) {
        return Arrays.stream(values()).filter(channel -> channel.word().equals(word)).findFirst();
    }
}
