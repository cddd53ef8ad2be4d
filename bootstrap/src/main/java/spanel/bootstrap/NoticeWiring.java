package spanel.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.adapter.http.notice.NoticeUseCases;
import spanel.adapter.mail.SmtpMailer;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.notice.ChooseNotificationsService;
import spanel.application.notice.DeliverNoticesService;
import spanel.application.notice.LinkTelegramService;
import spanel.application.notice.NotificationQueryService;
import spanel.application.notice.OutboxNotices;
import spanel.application.notice.ReadTelegramLinksService;
import spanel.application.notice.UnlinkTelegramService;
import spanel.application.notice.port.in.DeliverNotices;
import spanel.application.notice.port.in.ReadTelegramLinks;
import spanel.application.notice.port.out.NoticeMeter;
import spanel.application.notice.port.out.NoticeSender;
import spanel.application.notice.port.out.Notices;
import spanel.bootstrap.config.NoticeSettings;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.notice.AlertWebhook;
import spanel.bootstrap.notice.MailNotices;
import spanel.bootstrap.notice.SignedWebhook;
import spanel.bootstrap.notice.TelegramBot;
import spanel.bootstrap.notice.TemplateFiles;
import spanel.domain.notice.Backoff;
import spanel.domain.notice.NoticeChannel;

/**
 * The outbox: the notices use cases raise, the delivery worker that sends them on the configured
 * channels, and the poll of the bot's messages that links Telegram chats.
 */
final class NoticeWiring {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeWiring.class);

    /** How often each instance looks for due deliveries and reads the bot's messages. */
    static final long NOTICE_TICK_SECONDS = 5;

    /**
     * How long a claimed delivery is held: far longer than a send may take (each channel gives up
     * within 10 s of connecting), so a live instance records its outcome before anyone else may
     * try it.
     */
    static final Duration LEASE = Duration.ofMinutes(2);

    private NoticeWiring() {
    }

    /** The channels this installation has settings for: SMTP_URL, TELEGRAM_BOT_TOKEN, NOTIFY_WEBHOOK_URL, ALERT_WEBHOOK_URL. */
    static Set<NoticeChannel> channels(Settings settings) {
        Set<NoticeChannel> channels = EnumSet.noneOf(NoticeChannel.class);
        settings.mail().ifPresent(mail -> channels.add(NoticeChannel.MAIL));
        settings.notices().telegramBotToken().ifPresent(token -> channels.add(NoticeChannel.TELEGRAM));
        settings.notices().webhookUrl().ifPresent(url -> channels.add(NoticeChannel.WEBHOOK));
        settings.jobs().alertWebhook().ifPresent(url -> channels.add(NoticeChannel.ALERT_WEBHOOK));
        return channels;
    }

    static Notices notices(PersistenceAdapters persistence, Settings settings, Clock clock) {
        return new OutboxNotices(persistence.outbox(), persistence.noticePreferences(), channels(settings), clock);
    }

    /** A user's choices and the Telegram link code. */
    static NoticeUseCases http(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        NotificationQueryService queries = new NotificationQueryService(persistence.noticePreferences(), channels(wiring.settings()));
        return new NoticeUseCases(queries,
                new ChooseNotificationsService(persistence.noticePreferences(), queries, persistence.transactionRunner()),
                new LinkTelegramService(persistence.noticePreferences(), wiring.clock()),
                new UnlinkTelegramService(persistence.noticePreferences()));
    }

    static Map<NoticeChannel, NoticeSender> senders(Settings settings, Clock clock) {
        Map<NoticeChannel, NoticeSender> senders = new EnumMap<>(NoticeChannel.class);
        NoticeSettings notices = settings.notices();
        settings.mail().ifPresent(mail -> senders.put(NoticeChannel.MAIL, new MailNotices(new SmtpMailer(mail, clock))));
        notices.telegramBotToken().ifPresent(token -> senders.put(NoticeChannel.TELEGRAM,
                new TelegramBot(notices.telegramApiUrl(), token)));
        notices.webhookUrl().ifPresent(url -> senders.put(NoticeChannel.WEBHOOK,
                new SignedWebhook(url, notices.webhookSecret().orElseThrow(), clock)));
        settings.jobs().alertWebhook().ifPresent(url -> senders.put(NoticeChannel.ALERT_WEBHOOK,
                new AlertWebhook(url, settings.payments().publicUrl())));
        return senders;
    }

    static DeliverNotices worker(PersistenceAdapters persistence, Settings settings, NoticeMeter meter, Clock clock) {
        return new DeliverNoticesService(persistence.outbox(), new TemplateFiles(settings.notices().templatesDir()),
                senders(settings, clock), meter, Backoff.DEFAULT, LEASE, clock);
    }

    static Optional<ReadTelegramLinks> telegramLinks(PersistenceAdapters persistence, Settings settings, Clock clock) {
        NoticeSettings notices = settings.notices();
        return notices.telegramBotToken().map(token -> new ReadTelegramLinksService(
                new TelegramBot(notices.telegramApiUrl(), token), persistence.noticePreferences(), clock));
    }

    /**
     * The worker, on one daemon thread: every tick it delivers what is due, then reads the bot's
     * messages. A failure is logged and the next tick tries again.
     */
    static ScheduledExecutorService start(DeliverNotices worker, Optional<ReadTelegramLinks> links) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread named = new Thread(runnable, "spanel-notices");
            named.setDaemon(true);
            return named;
        });
        thread.scheduleWithFixedDelay(() -> tick(worker, links), NOTICE_TICK_SECONDS, NOTICE_TICK_SECONDS, TimeUnit.SECONDS);
        return thread;
    }

    static void tick(DeliverNotices worker, Optional<ReadTelegramLinks> links) {
        try {
            DeliverNotices.Delivered done = worker.deliverDue();
            if (done.sent() + done.retried() + done.failed() + done.leaseLost() > 0) {
                LOG.info("notices: {} sent, {} to try again, {} given up, {} sent after their lease ran out", done.sent(),
                        done.retried(), done.failed(), done.leaseLost());
            }
        } catch (RuntimeException e) {
            LOG.warn("delivering notices failed; trying again in {} s", NOTICE_TICK_SECONDS, e);
        }
        links.ifPresent(read -> {
            try {
                int linked = read.read();
                if (linked > 0) {
                    LOG.info("{} Telegram chat(s) linked", linked);
                }
            } catch (RuntimeException e) {
                LOG.warn("reading the Telegram bot's messages failed: {}", e.getMessage());
            }
        });
    }
}
