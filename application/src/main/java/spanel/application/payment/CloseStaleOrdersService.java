package spanel.application.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import spanel.application.payment.port.in.CloseStaleOrders;
import spanel.application.payment.port.out.TopUpOrders;

/** One guarded update: an order paid a moment before is not unpaid any more, so it is never closed. */
public final class CloseStaleOrdersService implements CloseStaleOrders {

    private final TopUpOrders orders;
    private final Duration lifetime;
    private final Clock clock;

    public CloseStaleOrdersService(TopUpOrders orders, Duration lifetime, Clock clock) {
        this.orders = Objects.requireNonNull(orders);
        this.lifetime = Objects.requireNonNull(lifetime);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public OrdersClosed close() {
        Instant now = clock.instant();
        return new OrdersClosed(orders.closeUnpaidCreatedBefore(now.minus(lifetime), now));
    }
}
