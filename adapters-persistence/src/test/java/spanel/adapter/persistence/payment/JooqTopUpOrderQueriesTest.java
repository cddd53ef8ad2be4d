package spanel.adapter.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.domain.money.Money;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

class JooqTopUpOrderQueriesTest extends PersistenceContractTest {

    private void anOrder(UserId user, OrderStatus status, long total) {
        dsl().insertInto(TOPUP_ORDERS)
                .set(TOPUP_ORDERS.USER_ID, user.value())
                .set(TOPUP_ORDERS.TRADENO, UUID.randomUUID().toString())
                .set(TOPUP_ORDERS.GATEWAY, "epay")
                .set(TOPUP_ORDERS.TOTAL, total)
                .set(TOPUP_ORDERS.STATUS, (short) status.code())
                .execute();
    }

    @Test
    void ordersAreFilteredByStatusAndUserAndPagedNewestFirst() {
        UserId alice = new JooqUserAccounts(dsl()).add(named(uniqueEmail("alice")));
        UserId bob = new JooqUserAccounts(dsl()).add(named(uniqueEmail("bob")));
        anOrder(alice, OrderStatus.UNPAID, 100);
        anOrder(alice, OrderStatus.PAID, 200);
        anOrder(alice, OrderStatus.PAID, 300);
        anOrder(bob, OrderStatus.PAID, 400);
        var queries = new JooqTopUpOrderQueries(dsl());

        var alicesPaid = queries.list(Optional.of(OrderStatus.PAID), Optional.of(alice), new PageRequest(1, 10));
        var alicesAll = queries.list(Optional.empty(), Optional.of(alice), new PageRequest(1, 2));

        assertThat(alicesPaid.items()).extracting(TopUpOrder::total).containsExactly(Money.ofFen(300), Money.ofFen(200));
        assertThat(alicesAll.total()).isEqualTo(3);
        assertThat(alicesAll.items()).hasSize(2);
        assertThat(queries.list(Optional.of(OrderStatus.CLOSED), Optional.of(bob), new PageRequest(1, 10)).total()).isZero();
    }
}
