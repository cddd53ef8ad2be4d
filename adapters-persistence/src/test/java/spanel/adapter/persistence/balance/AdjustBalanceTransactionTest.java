package spanel.adapter.persistence.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.ADMIN_AUDIT;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;

import java.util.Optional;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.audit.JooqAuditTrail;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.admin.AdjustBalanceService;
import spanel.application.admin.port.in.AdjustBalance;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.port.out.AuditTrail;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.InsufficientBalance;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** The admin balance adjustment on the real database: all three writes land together, or none does. */
class AdjustBalanceTransactionTest extends PersistenceContractTest {

    private UserId admin;

    private UserId aUser() {
        return new JooqUserAccounts(dsl()).add(named(uniqueEmail("adjust")));
    }

    private AdjustBalanceService service(Balances balances, AuditTrail audit) {
        return new AdjustBalanceService(balances, new JooqUserAccounts(dsl()), audit, transactions());
    }

    private UserId admin() {
        if (admin == null) {
            admin = aUser();
        }
        return admin;
    }

    @Test
    void anAdjustmentWritesTheBalanceOneLedgerRowAndOneAuditRow() {
        UserId user = aUser();
        var service = service(new JooqBalances(dsl()), new JooqAuditTrail(dsl()));

        service.adjust(new AdjustBalance.Command(admin(), user, 1_000, "welcome"));
        service.adjust(new AdjustBalance.Command(admin(), user, -300, "refund"));

        assertThat(money(user)).isEqualTo(700);
        assertThat(ledgerSum(user)).isEqualTo(700);
        assertThat(dsl().fetchCount(BALANCE_LEDGER, BALANCE_LEDGER.USER_ID.eq(user.value())
                .and(BALANCE_LEDGER.SOURCE_TYPE.eq("admin")))).isEqualTo(2);
        assertThat(audits(user)).isEqualTo(2);
    }

    @Test
    void aFailureAfterTheFirstWriteLeavesBalanceLedgerAndAuditUntouched() {
        UserId user = aUser();
        new JooqBalances(dsl()).adjust(user, 500);
        Balances real = new JooqBalances(dsl());
        Balances failingAfterTheUpdate = new Balances() {
            @Override
            public Optional<Money> adjust(UserId u, long deltaFen) {
                return real.adjust(u, deltaFen);
            }

            @Override
            public void book(LedgerEntry entry) {
                throw new IllegalStateException("injected after the balance update");
            }
        };

        assertThatThrownBy(() -> service(failingAfterTheUpdate, new JooqAuditTrail(dsl()))
                .adjust(new AdjustBalance.Command(admin(), user, -200, "will fail")))
                .hasMessage("injected after the balance update");

        assertThat(money(user)).isEqualTo(500);
        assertThat(ledgerSum(user)).isZero();
        assertThat(audits(user)).isZero();
    }

    @Test
    void aFailingAuditUndoesTheBalanceAndTheLedger() {
        UserId user = aUser();
        AuditTrail failing = entry -> {
            throw new IllegalStateException("audit down");
        };

        assertThatThrownBy(() -> service(new JooqBalances(dsl()), failing)
                .adjust(new AdjustBalance.Command(admin(), user, 800, "will fail"))).hasMessage("audit down");

        assertThat(money(user)).isZero();
        assertThat(ledgerSum(user)).isZero();
    }

    @Test
    void aDebitBelowZeroIsRefusedAndWritesNothing() {
        UserId user = aUser();

        assertThatThrownBy(() -> service(new JooqBalances(dsl()), new JooqAuditTrail(dsl()))
                .adjust(new AdjustBalance.Command(admin(), user, -1, "too much"))).isInstanceOf(InsufficientBalance.class);

        assertThat(money(user)).isZero();
        assertThat(audits(user)).isZero();
    }

    private long money(UserId user) {
        return dsl().fetchValue(USERS.MONEY, USERS.ID.eq(user.value()));
    }

    private long ledgerSum(UserId user) {
        return dsl().select(DSL.coalesce(DSL.sum(BALANCE_LEDGER.DELTA), java.math.BigDecimal.ZERO))
                .from(BALANCE_LEDGER).where(BALANCE_LEDGER.USER_ID.eq(user.value())).fetchOne(0, Long.class);
    }

    private int audits(UserId user) {
        return dsl().fetchCount(ADMIN_AUDIT, ADMIN_AUDIT.TARGET.eq("user:" + user));
    }
}
