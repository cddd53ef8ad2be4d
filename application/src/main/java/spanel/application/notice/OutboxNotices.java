package spanel.application.notice;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.NoticePreferences;
import spanel.application.notice.port.out.Notices;
import spanel.application.notice.port.out.Outbox;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;
import spanel.domain.user.UserId;

/**
 * Raises notices into the outbox, in the caller's transaction: a user's notice gets a delivery on
 * each configured channel the user did not turn off (Telegram only once a chat is linked); an
 * operators' notice gets one delivery on each webhook (NOTIFY_WEBHOOK_URL, ALERT_WEBHOOK_URL), and
 * one on each admin's own mail and Telegram.
 */
public final class OutboxNotices implements Notices {

    /** The recipient of the operators' single webhook delivery. */
    public static final long OPERATORS = 0;

    private final Outbox outbox;
    private final NoticePreferences preferences;
    private final Set<NoticeChannel> configured;
    private final Clock clock;

    /** The operators' own channels, delivered once for all admins. */
    private static final Set<NoticeChannel> WEBHOOKS = EnumSet.of(NoticeChannel.WEBHOOK, NoticeChannel.ALERT_WEBHOOK);

    /**
     * {@code configured}: the channels this installation has settings for (SMTP_URL,
     * TELEGRAM_BOT_TOKEN, NOTIFY_WEBHOOK_URL, ALERT_WEBHOOK_URL).
     */
    public OutboxNotices(Outbox outbox, NoticePreferences preferences, Set<NoticeChannel> configured, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox);
        this.preferences = Objects.requireNonNull(preferences);
        this.configured = configured.isEmpty() ? EnumSet.noneOf(NoticeChannel.class) : EnumSet.copyOf(configured);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void raise(Notice notice) {
        if (notice.user().isPresent()) {
            toUser(notice, notice.user().get(), EnumSet.complementOf(EnumSet.of(NoticeChannel.ALERT_WEBHOOK)));
            return;
        }
        Set<NoticeChannel> webhooks = EnumSet.noneOf(NoticeChannel.class);
        configured.stream().filter(WEBHOOKS::contains).forEach(webhooks::add);
        outbox.add(new Outbox.Entry(notice.event(), OPERATORS, notice.boundary(), NoticeLanguage.EN, notice.values()),
                webhooks, clock.instant());
        for (UserId admin : preferences.operators()) {
            toUser(notice, admin, EnumSet.complementOf(EnumSet.copyOf(WEBHOOKS)));
        }
    }

    private void toUser(Notice notice, UserId user, Set<NoticeChannel> allowed) {
        NoticePreferences.Choices choices = preferences.of(user);
        outbox.add(new Outbox.Entry(notice.event(), user.value(), notice.boundary(), choices.language(), notice.values()),
                channels(notice.event(), choices, allowed), clock.instant());
    }

    private Set<NoticeChannel> channels(NoticeEvent event, NoticePreferences.Choices choices, Set<NoticeChannel> allowed) {
        Set<NoticeChannel> channels = EnumSet.noneOf(NoticeChannel.class);
        for (NoticeChannel channel : configured) {
            boolean reachable = channel != NoticeChannel.TELEGRAM || choices.telegramChat().isPresent();
            if (allowed.contains(channel) && reachable && choices.wants(event, channel)) {
                channels.add(channel);
            }
        }
        return channels;
    }
}
