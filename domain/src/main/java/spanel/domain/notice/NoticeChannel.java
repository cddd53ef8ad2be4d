package spanel.domain.notice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A way a notice reaches someone. */
public enum NoticeChannel {
    /** The account's mail address, through SMTP_URL. */
    MAIL,
    /** The Telegram chat linked to the account, through TELEGRAM_BOT_TOKEN. */
    TELEGRAM,
    /** NOTIFY_WEBHOOK_URL, signed: the operator's own systems. */
    WEBHOOK;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NoticeChannel> of(String word) {
        return Arrays.stream(values()).filter(channel -> channel.word().equals(word)).findFirst();
    }
}
