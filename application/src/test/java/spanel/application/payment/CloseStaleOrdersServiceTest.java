package spanel.application.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

class CloseStaleOrdersServiceTest {

    private static final UserId ALICE = UserId.of(7);
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    private final PaymentFakes payment = new PaymentFakes();
    private final MovableClock clock = new MovableClock(START);
    private final CloseStaleOrdersService service = new CloseStaleOrdersService(payment.orders, Duration.ofMinutes(30),
            clock);

    private TopUpOrder orderCreatedAt(Instant at) {
        return payment.orders.add(ALICE, "T" + at.getEpochSecond(), "epay", Money.ofFen(1_000), at);
    }

    @Test
    void unpaidOrdersOlderThanTheirLifetimeAreClosedAndYoungerOnesStayOpen() {
        TopUpOrder old = orderCreatedAt(START);
        TopUpOrder young = orderCreatedAt(START.plus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(31));

        assertThat(service.close().count()).isEqualTo(1);
        assertThat(payment.order(old.id()).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(payment.order(young.id()).status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void aPaidOrderIsNeverClosed() {
        TopUpOrder paid = orderCreatedAt(START);
        payment.orders.markPaidIfUnpaid(paid.id(), START.plusSeconds(5));
        clock.advance(Duration.ofHours(1));

        assertThat(service.close().count()).isZero();
        assertThat(payment.order(paid.id()).status()).isEqualTo(OrderStatus.PAID);
    }
}
