package spanel.adapter.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.COMMISSION_LEDGER;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The ledgers explain the balances: for every user, balance = Σ ledger and commission balance = Σ commission ledger. */
public final class Ledgers {

    private Ledgers() {
    }

    public static void assertBalanced(DSLContext dsl) {
        var balances = dsl.select(USERS.ID).from(USERS)
                .where(USERS.MONEY.ne(DSL.select(DSL.coalesce(DSL.sum(BALANCE_LEDGER.DELTA), BigDecimal.ZERO).cast(Long.class))
                        .from(BALANCE_LEDGER).where(BALANCE_LEDGER.USER_ID.eq(USERS.ID))))
                .fetch(USERS.ID);
        assertThat(balances).as("users whose balance is not the sum of their ledger").isEmpty();
        var commissions = dsl.select(USERS.ID).from(USERS)
                .where(USERS.COMMISSION_BALANCE.ne(DSL.select(DSL.coalesce(DSL.sum(COMMISSION_LEDGER.DELTA), BigDecimal.ZERO)
                        .cast(Long.class)).from(COMMISSION_LEDGER).where(COMMISSION_LEDGER.USER_ID.eq(USERS.ID))))
                .fetch(USERS.ID);
        assertThat(commissions).as("users whose commission balance is not the sum of their commission ledger").isEmpty();
    }
}
