package spanel.adapter.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.balance.JooqBalances;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.admin.port.out.TopUpOrderQueries;
import spanel.domain.balance.BookedEntry;
import spanel.domain.balance.LedgerEntry;
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

    private void anOrder(UserId user, String gateway, Instant createdAt, long total) {
        new JooqTopUpOrders(dsl()).add(user, UUID.randomUUID().toString(), gateway, Money.ofFen(total), createdAt);
    }

    @Test
    void ordersAreFilteredByGatewayAndCreationTimeFromInclusiveToExclusive() {
        UserId carol = new JooqUserAccounts(dsl()).add(named(uniqueEmail("carol")));
        Instant day = Instant.parse("2026-12-01T00:00:00Z");
        anOrder(carol, "alipay", day.minusSeconds(1), 1);
        anOrder(carol, "alipay", day, 2);
        anOrder(carol, "stripe", day.plusSeconds(60), 3);
        anOrder(carol, "alipay", day.plus(Duration.ofDays(1)).minusSeconds(1), 4);
        anOrder(carol, "alipay", day.plus(Duration.ofDays(1)), 5);
        var queries = new JooqTopUpOrderQueries(dsl());

        var alipayThatDay = queries.list(new TopUpOrderQueries.Filter(Optional.empty(), Optional.of("alipay"), Optional.of(carol),
                Optional.of(day), Optional.of(day.plus(Duration.ofDays(1)))), new PageRequest(1, 10));
        var sinceTheDay = queries.list(new TopUpOrderQueries.Filter(Optional.empty(), Optional.empty(), Optional.of(carol),
                Optional.of(day), Optional.empty()), new PageRequest(1, 10));

        assertThat(alipayThatDay.items()).extracting(TopUpOrder::total).containsExactly(Money.ofFen(4), Money.ofFen(2));
        assertThat(sinceTheDay.total()).isEqualTo(4);
    }

    @Test
    void theLedgerOfARangeIsReadInBatchesByIdAndAddsUpToTheBalance() {
        UserId dave = new JooqUserAccounts(dsl()).add(named(uniqueEmail("dave")));
        JooqBalances balances = new JooqBalances(dsl());
        for (long fen : new long[] {1_000, -300, 250}) {
            transactions().inTransaction(() -> balances.book(new LedgerEntry(dave, fen, balances.adjust(dave, fen).orElseThrow(),
                    LedgerEntry.ADMIN, "t-" + UUID.randomUUID(), "test")));
        }
        var queries = new JooqTopUpOrderQueries(dsl());
        Instant from = Instant.now().minus(Duration.ofHours(1));
        Instant to = Instant.now().plus(Duration.ofHours(1));

        List<BookedEntry> all = new ArrayList<>();
        long after = 0;
        List<BookedEntry> batch;
        do {
            batch = queries.ledger(from, to, after, 2);
            all.addAll(batch);
            after = batch.isEmpty() ? after : batch.getLast().id();
        } while (batch.size() == 2);

        List<BookedEntry> daves = all.stream().filter(e -> e.entry().userId().equals(dave)).toList();
        assertThat(daves).extracting(e -> e.entry().deltaFen()).containsExactly(1_000L, -300L, 250L);
        assertThat(daves.getLast().entry().balanceAfter()).isEqualTo(Money.ofFen(950));
        assertThat(all).extracting(BookedEntry::id).isSorted().doesNotHaveDuplicates();
        assertThat(queries.ledger(to, to.plusSeconds(60), 0, 10)).isEmpty();
    }
}
