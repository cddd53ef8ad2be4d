package spanel.application.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import spanel.application.notice.port.in.DeliverNotices;
import spanel.application.notice.port.out.NoticeMeter;
import spanel.application.notice.port.out.NoticeSender;
import spanel.application.notice.port.out.NoticeTemplates;
import spanel.application.notice.port.out.Outbox;
import spanel.domain.notice.Backoff;
import spanel.domain.notice.NoticeChannel;

/**
 * The delivery worker's one pass. Each due delivery is claimed on its own (a guarded update: one
 * instance wins it, for {@code lease}), sent outside any transaction, and its outcome recorded by
 * the lease holder only: sent, or failed and tried again after the back-off, or given up after its
 * last attempt. An instance that stops between the claim and the record leaves the delivery leased;
 * when the lease runs out another instance tries it again. So a delivery is sent twice only when
 * an instance stops after the channel took it and before the record, or when a send outlasts the
 * lease; the channels carry the delivery's id so a receiver can drop the second.
 */
public final class DeliverNoticesService implements DeliverNotices {

    /** Deliveries looked at per pass; the rest wait for the next. */
    public static final int BATCH = 100;

    /** Reasons kept at most this long. */
    private static final int REASON_LENGTH = 500;

    private final Outbox outbox;
    private final NoticeTemplates templates;
    private final Map<NoticeChannel, NoticeSender> senders;
    private final NoticeMeter meter;
    private final Backoff backoff;
    private final Duration lease;
    private final Clock clock;

    public DeliverNoticesService(Outbox outbox, NoticeTemplates templates, Map<NoticeChannel, NoticeSender> senders,
            NoticeMeter meter, Backoff backoff, Duration lease, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox);
        this.templates = Objects.requireNonNull(templates);
        this.senders = senders.isEmpty() ? new EnumMap<>(NoticeChannel.class) : new EnumMap<>(senders);
        this.meter = Objects.requireNonNull(meter);
        this.backoff = Objects.requireNonNull(backoff);
        this.lease = Objects.requireNonNull(lease);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Delivered deliverDue() {
        int sent = 0;
        int retried = 0;
        int failed = 0;
        int lost = 0;
        for (long id : outbox.due(clock.instant(), BATCH)) {
            Optional<Outbox.Claimed> claimed = outbox.claim(id, clock.instant(), lease);
            if (claimed.isEmpty()) {
                continue;
            }
            switch (deliver(claimed.get())) {
                case SENT -> sent++;
                case RETRIED -> retried++;
                case FAILED -> failed++;
                case LEASE_LOST -> lost++;
            }
        }
        return new Delivered(sent, retried, failed, lost);
    }

    private enum Outcome { SENT, RETRIED, FAILED, LEASE_LOST }

    private Outcome deliver(Outbox.Claimed claimed) {
        NoticeSender sender = senders.get(claimed.channel());
        try {
            if (sender == null) {
                throw new NoticeSender.NotDelivered(claimed.channel().word() + " is not configured", true);
            }
            Outbox.Entry entry = claimed.entry();
            NoticeTemplates.Rendered rendered = templates.render(entry.event(), entry.language(), claimed.channel(), entry.values());
            sender.send(new NoticeSender.Outgoing(claimed.id(), entry.event(), entry.user(), claimed.email(),
                    claimed.telegramChat(), rendered.subject(), rendered.body(), entry.values()));
        } catch (NoticeSender.NotDelivered e) {
            return failed(claimed, e.getMessage(), e.lasting());
        } catch (RuntimeException e) {
            // A template that cannot be read, a sender's own fault: counted like a refusal, so it backs off.
            return failed(claimed, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
        if (!outbox.delivered(claimed, clock.instant())) {
            return Outcome.LEASE_LOST;
        }
        meter.sent(claimed.channel());
        return Outcome.SENT;
    }

    private Outcome failed(Outbox.Claimed claimed, String reason, boolean lasting) {
        Instant now = clock.instant();
        boolean again = !lasting && backoff.retriesAfter(claimed.attempt());
        Optional<Instant> retryAt = again ? Optional.of(now.plus(backoff.delayAfter(claimed.attempt()))) : Optional.empty();
        String kept = reason == null ? "" : reason.substring(0, Math.min(reason.length(), REASON_LENGTH));
        if (!outbox.attemptFailed(claimed, kept, retryAt, now)) {
            return Outcome.LEASE_LOST;
        }
        if (again) {
            meter.retried(claimed.channel());
            return Outcome.RETRIED;
        }
        meter.failed(claimed.channel());
        return Outcome.FAILED;
    }
}
