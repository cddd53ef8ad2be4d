package spanel.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import spanel.application.payment.port.in.ShowTopUpOrder;
import spanel.domain.error.NotFound;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

class ShowTopUpOrderServiceTest {

    private static final UserId ALICE = UserId.of(7);
    private static final UserId BOB = UserId.of(8);

    private final PaymentFakes payment = new PaymentFakes();
    private final ShowTopUpOrderService service = new ShowTopUpOrderService(payment.orders);
    private final TopUpOrder order = payment.orders.add(ALICE, "T1", "epay", Money.ofFen(100),
            Instant.parse("2026-03-01T12:00:00Z"));

    @Test
    void theOwnerSeesTheirOrder() {
        assertThat(service.show(new ShowTopUpOrder.Query(ALICE, order.id()))).isEqualTo(order);
    }

    @Test
    void someoneElsesOrderIsNotFoundLikeAnOrderThatDoesNotExist() {
        assertThatThrownBy(() -> service.show(new ShowTopUpOrder.Query(BOB, order.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.show(new ShowTopUpOrder.Query(ALICE, OrderId.of(999)))).isInstanceOf(NotFound.class);
    }
}
