package spanel.adapter.persistence.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.balance.port.out.Balances;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

class JooqBalancesTest extends PersistenceContractTest {

    private Balances balances() {
        return new JooqBalances(dsl());
    }

    private UserId aUser() {
        return new JooqUserAccounts(dsl()).add(named(uniqueEmail("balance")));
    }

    private long moneyOf(UserId user) {
        return dsl().fetchValue(USERS.MONEY, USERS.ID.eq(user.value()));
    }

    @Test
    void aCreditAndADebitAnswerTheNewBalance() {
        UserId user = aUser();

        assertThat(balances().adjust(user, 1_000)).contains(Money.ofFen(1_000));
        assertThat(balances().adjust(user, -250)).contains(Money.ofFen(750));
        assertThat(moneyOf(user)).isEqualTo(750);
    }

    @Test
    void aDebitBelowZeroChangesNothing() {
        UserId user = aUser();
        balances().adjust(user, 100);

        assertThat(balances().adjust(user, -101)).isEmpty();
        assertThat(moneyOf(user)).isEqualTo(100);
        assertThat(balances().adjust(user, -100)).contains(Money.ZERO);
    }

    @Test
    void anUnknownUserHasNoBalanceToAdjust() {
        assertThat(balances().adjust(new UserId(999_999), 100)).isEmpty();
    }

    @Test
    void aLedgerSourceIsBookedOnlyOnce() {
        UserId user = aUser();
        LedgerEntry entry = new LedgerEntry(user, 100, Money.ofFen(100), LedgerEntry.ADMIN, "once-" + user, "note");
        balances().book(entry);

        assertThatThrownBy(() -> balances().book(entry)).isInstanceOf(DataAccessException.class);
    }
}
