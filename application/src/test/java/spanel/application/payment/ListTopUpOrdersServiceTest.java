package spanel.application.payment;

import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.payment.port.in.ListTopUpOrders;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

class ListTopUpOrdersServiceTest {

    private static final PageRequest FIRST_PAGE = new PageRequest(1, 20);

    private static final UserId ALICE = UserId.of(7);
    private static final UserId BOB = UserId.of(8);
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    private final PaymentFakes payment = new PaymentFakes();
    private final ListTopUpOrdersService service = new ListTopUpOrdersService(payment.orders);

    private TopUpOrder order(UserId user, int minute) {
        return payment.orders.add(user, "T" + user + "-" + minute, "epay", Money.ofFen(100), START.plusSeconds(60L * minute));
    }

    @Test
    void aUserSeesOnlyTheirOwnOrdersNewestFirst() {
        TopUpOrder first = order(ALICE, 1);
        order(BOB, 2);
        TopUpOrder second = order(ALICE, 3);

        assertThat(service.list(new ListTopUpOrders.Query(ALICE, Optional.empty(), FIRST_PAGE)).items()).containsExactly(second, first);
    }

    @Test
    void theListCanBeNarrowedToOneStatus() {
        TopUpOrder unpaid = order(ALICE, 1);
        TopUpOrder paid = order(ALICE, 2);
        payment.orders.markPaidIfUnpaid(paid.id(), START.plusSeconds(600));

        assertThat(service.list(new ListTopUpOrders.Query(ALICE, Optional.of(OrderStatus.UNPAID), FIRST_PAGE)).items())
                .containsExactly(unpaid);
    }

    @Test
    void aUsersOwnListIsPagedWithTheTotalOfEveryPage() {
        for (int minute = 0; minute < 25; minute++) {
            order(ALICE, minute);
        }

        Page<TopUpOrder> second = service.list(new ListTopUpOrders.Query(ALICE, Optional.empty(), new PageRequest(2, 10)));

        assertThat(second.items()).hasSize(10);
        assertThat(second.total()).isEqualTo(25);
    }
}
