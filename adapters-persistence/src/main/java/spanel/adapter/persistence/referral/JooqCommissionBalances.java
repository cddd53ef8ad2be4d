package spanel.adapter.persistence.referral;

import static spanel.adapter.persistence.generated.Tables.COMMISSION_LEDGER;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.util.Optional;
import org.jooq.DSLContext;
import spanel.application.referral.port.out.CommissionBalances;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

public final class JooqCommissionBalances implements CommissionBalances {

    private final DSLContext dsl;

    public JooqCommissionBalances(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Money> adjust(UserId user, long deltaFen) {
        // One guarded update: a transfer and a withdrawal racing for the same commission cannot
        // both pass a check made outside it.
        return dsl.update(USERS)
                .set(USERS.COMMISSION_BALANCE, USERS.COMMISSION_BALANCE.plus(deltaFen))
                .where(USERS.ID.eq(user.value()))
                .and(USERS.COMMISSION_BALANCE.plus(deltaFen).ge(0L))
                .returning(USERS.COMMISSION_BALANCE)
                .fetchOptional(USERS.COMMISSION_BALANCE)
                .map(Money::ofFen);
    }

    @Override
    public void book(LedgerEntry entry) {
        dsl.insertInto(COMMISSION_LEDGER)
                .set(COMMISSION_LEDGER.USER_ID, entry.userId().value())
                .set(COMMISSION_LEDGER.DELTA, entry.deltaFen())
                .set(COMMISSION_LEDGER.BALANCE_AFTER, entry.balanceAfter().fen())
                .set(COMMISSION_LEDGER.SOURCE_TYPE, entry.sourceType())
                .set(COMMISSION_LEDGER.SOURCE_ID, entry.sourceId())
                .set(COMMISSION_LEDGER.NOTE, entry.note())
                .execute();
    }
}
