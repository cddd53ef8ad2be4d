package spanel.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.admin.port.in.ListOrders;
import spanel.domain.money.Money;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

class ListOrdersServiceTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final UserId ALICE = UserId.of(7);
    private static final UserId BOB = UserId.of(8);

    private static TopUpOrder order(long id, UserId user, OrderStatus status) {
        return new TopUpOrder(OrderId.of(id), user, "T" + id, "epay", Money.ofFen(100), status, false, START.plusSeconds(id),
                Optional.empty());
    }

    private final List<TopUpOrder> rows = List.of(order(1, ALICE, OrderStatus.PAID), order(2, BOB, OrderStatus.UNPAID),
            order(3, ALICE, OrderStatus.UNPAID));
    private final ListOrdersService service = new ListOrdersService(UserDirectoryFake.orders(rows));

    @Test
    void anAdminSeesEveryUsersOrdersNewestFirst() {
        assertThat(service.list(new ListOrders.Query(Optional.empty(), Optional.empty(), new PageRequest(1, 20))).items())
                .extracting(TopUpOrder::id).containsExactly(OrderId.of(3), OrderId.of(2), OrderId.of(1));
    }

    @Test
    void theListNarrowsToAStatusAndAUser() {
        assertThat(service.list(new ListOrders.Query(Optional.of(OrderStatus.UNPAID), Optional.of(ALICE),
                new PageRequest(1, 20))).items()).extracting(TopUpOrder::id).containsExactly(OrderId.of(3));
    }
}
