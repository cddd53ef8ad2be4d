package spanel.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import spanel.domain.error.NotFound;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

class TopUpQueryServiceTest {

    private static final UserId ALICE = UserId.of(7);
    private static final UserId BOB = UserId.of(8);

    private final PaymentFakes payment = new PaymentFakes();
    private final TopUpQueryService queries = new TopUpQueryService(payment.orders);
    private final TopUpOrder order = payment.orders.add(ALICE, "T1", "epay", Money.ofFen(100),
            Instant.parse("2026-03-01T12:00:00Z"));

    @Test
    void theOwnerSeesTheirOrder() {
        assertThat(queries.order(ALICE, order.id())).isEqualTo(order);
    }

    @Test
    void someoneElsesOrderIsNotFoundLikeAnOrderThatDoesNotExist() {
        assertThatThrownBy(() -> queries.order(BOB, order.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> queries.order(ALICE, OrderId.of(999))).isInstanceOf(NotFound.class);
    }
}
