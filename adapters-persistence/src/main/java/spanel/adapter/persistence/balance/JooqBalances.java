package spanel.adapter.persistence.balance;

import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import spanel.adapter.persistence.support.HotPath;
import spanel.application.balance.port.out.Balances;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

public final class JooqBalances implements Balances {

    /** Booked in every purchase and credit: a constant statement on PostgreSQL (see {@link HotPath}). */
    private static final String PG_BOOK = "INSERT INTO balance_ledger (user_id, delta, balance_after, source_type, source_id, note)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    private final DSLContext dsl;
    private final HotPath hotPath;

    public JooqBalances(DSLContext dsl) {
        this.hotPath = new HotPath(dsl);
        this.dsl = dsl;
    }

    @Override
    public Optional<Money> adjust(UserId user, long deltaFen) {
        // Guarded in SQL: concurrent debits cannot both pass a check made in Java. RETURNING reads
        // the balance this update left in the same round trip (a purchase's hot path).
        return dsl.update(USERS)
                .set(USERS.MONEY, USERS.MONEY.plus(deltaFen))
                .where(USERS.ID.eq(user.value()))
                .and(USERS.MONEY.plus(deltaFen).ge(0L))
                .returning(USERS.MONEY)
                .fetchOptional(USERS.MONEY)
                .map(Money::ofFen);
    }

    @Override
    public void book(LedgerEntry entry) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            hotPath.execute(PG_BOOK, entry.userId().value(), entry.deltaFen(), entry.balanceAfter().fen(), entry.sourceType(),
                    entry.sourceId(), entry.note());
            return;
        }
        dsl.insertInto(BALANCE_LEDGER)
                .set(BALANCE_LEDGER.USER_ID, entry.userId().value())
                .set(BALANCE_LEDGER.DELTA, entry.deltaFen())
                .set(BALANCE_LEDGER.BALANCE_AFTER, entry.balanceAfter().fen())
                .set(BALANCE_LEDGER.SOURCE_TYPE, entry.sourceType())
                .set(BALANCE_LEDGER.SOURCE_ID, entry.sourceId())
                .set(BALANCE_LEDGER.NOTE, entry.note())
                .execute();
    }
}
