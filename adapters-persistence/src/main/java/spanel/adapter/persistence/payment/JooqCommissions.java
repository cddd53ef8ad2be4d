package spanel.adapter.persistence.payment;

import static spanel.adapter.persistence.generated.Tables.COMMISSIONS;

import org.jooq.DSLContext;
import spanel.adapter.persistence.referral.JooqCommissionBalances;
import spanel.application.payment.port.out.Commissions;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.referral.CommissionLedger;
import spanel.domain.user.UserId;

public final class JooqCommissions implements Commissions {

    private final DSLContext dsl;
    private final JooqCommissionBalances balances;

    public JooqCommissions(DSLContext dsl) {
        this.dsl = dsl;
        this.balances = new JooqCommissionBalances(dsl);
    }

    @Override
    public void record(UserId inviter, UserId invitee, OrderId orderId, Money amount, String note) {
        dsl.insertInto(COMMISSIONS)
                .set(COMMISSIONS.INVITER_ID, inviter.value())
                .set(COMMISSIONS.INVITEE_ID, invitee.value())
                .set(COMMISSIONS.ORDER_ID, orderId.value())
                .set(COMMISSIONS.AMOUNT, amount.fen())
                .execute();
        Money balance = balances.adjust(inviter, amount.fen())
                .orElseThrow(() -> new IllegalStateException("inviter " + inviter + " vanished while being credited"));
        balances.book(new LedgerEntry(inviter, amount.fen(), balance, CommissionLedger.EARNED, orderId.toString(),
                note.length() > 255 ? note.substring(0, 255) : note));
    }

    @Override
    public boolean anyFrom(UserId invitee) {
        return dsl.fetchExists(COMMISSIONS, COMMISSIONS.INVITEE_ID.eq(invitee.value()));
    }
}
