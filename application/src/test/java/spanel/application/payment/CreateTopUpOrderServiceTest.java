package spanel.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spanel.application.common.CountingMeters;
import spanel.application.payment.port.in.CreateTopUpOrder;
import spanel.domain.common.MovableClock;
import spanel.domain.error.InvalidInput;
import spanel.domain.money.Money;
import spanel.domain.payment.GatewayFailed;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

class CreateTopUpOrderServiceTest {

    private static final UserId ALICE = UserId.of(7);

    private final PaymentFakes payment = new PaymentFakes();
    private final MovableClock clock = MovableClock.at("2026-03-01T12:00:00Z");
    private final CreateTopUpOrderService service = new CreateTopUpOrderService(payment.orders, payment.gateways,
            new PaymentUrls("https://panel.example/"), Money.ofFen(100_000), new SplittableRandom(1), new CountingMeters(), clock);

    private CreateTopUpOrder.TopUpCreated topUp(long fen, String gateway) {
        return service.create(new CreateTopUpOrder.Command(ALICE, Money.ofFen(fen), gateway));
    }

    @Test
    void theOrderIsStoredUnpaidAndTheGatewayIsToldWhereToNotifyAndReturn() {
        CreateTopUpOrder.TopUpCreated created = topUp(1_000, "epay");

        TopUpOrder order = created.order();
        assertThat(payment.order(order.id())).isEqualTo(order);
        assertThat(order.status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(order.userId()).isEqualTo(ALICE);
        assertThat(order.total()).isEqualTo(Money.ofFen(1_000));
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(order.tradeNo()).startsWith("20260301120000");
        assertThat(created.paymentUrl()).isEqualTo("https://pay.example/epay?no=" + order.tradeNo());
        assertThat(payment.paymentRequests).singleElement().satisfies(request -> {
            assertThat(request.tradeNo()).isEqualTo(order.tradeNo());
            assertThat(request.amount()).isEqualTo(Money.ofFen(1_000));
            assertThat(request.notifyUrl()).isEqualTo("https://panel.example/app/api/v0/payment/notify/epay");
            assertThat(request.returnUrl()).isEqualTo("https://panel.example/app/api/v0/payment/return/epay");
        });
    }

    @Test
    void theGatewaysReferenceToThePaymentIsKeptWithTheOrderToAskAboutItLater() {
        payment.epay.reference = Optional.of("cs_test_1");

        TopUpOrder order = topUp(1_000, "epay").order();

        assertThat(payment.references).containsEntry(order.id(), "cs_test_1");
        assertThat(payment.orders.toAsk(order.id()).orElseThrow().reference()).contains("cs_test_1");
    }

    @Test
    void twoOrdersGetDifferentTradeNumbers() {
        assertThat(topUp(1_000, "epay").order().tradeNo()).isNotEqualTo(topUp(1_000, "epay").order().tradeNo());
    }

    @Test
    void aGatewayThatIsNotEnabledIsRefusedNamingTheEnabledOnesAndNothingIsStored() {
        assertThatThrownBy(() -> topUp(1_000, "stripe")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("gateway").hasMessageContaining("epay");
        assertThat(payment.orderRows).isEmpty();
    }

    @Test
    void aTotalAboveTheLimitIsRefusedAndTheLimitItselfIsAllowed() {
        assertThatThrownBy(() -> topUp(100_001, "epay")).isInstanceOf(InvalidInput.class).hasMessageContaining("total");
        assertThat(payment.orderRows).isEmpty();

        assertThat(topUp(100_000, "epay").order().total()).isEqualTo(Money.ofFen(100_000));
    }

    @Test
    void aGatewayThatFailsLeavesAnUnpaidOrderBehindNeverAPaidOne() {
        payment.epay.failure = new GatewayFailed("epay does not answer");

        assertThatThrownBy(() -> topUp(1_000, "epay")).isInstanceOf(GatewayFailed.class);
        assertThat(payment.orderRows.values()).singleElement()
                .satisfies(order -> assertThat(order.status()).isEqualTo(OrderStatus.UNPAID));
    }
}
