package spanel.application.notice;

import java.time.Clock;
import java.util.Objects;
import spanel.application.notice.port.in.RetryNotice;
import spanel.application.notice.port.out.Outbox;

public final class RetryNoticeService implements RetryNotice {

    private final Outbox outbox;
    private final Clock clock;

    public RetryNoticeService(Outbox outbox, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Retried retry(long deliveryId) {
        return new Retried(deliveryId, outbox.retry(deliveryId, clock.instant()));
    }
}
