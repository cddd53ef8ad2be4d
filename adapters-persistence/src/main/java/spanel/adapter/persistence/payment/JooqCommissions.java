package spanel.adapter.persistence.payment;

import static spanel.adapter.persistence.generated.Tables.COMMISSIONS;

import org.jooq.DSLContext;
import spanel.application.payment.port.out.Commissions;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.user.UserId;

public final class JooqCommissions implements Commissions {

    private final DSLContext dsl;

    public JooqCommissions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(UserId inviter, UserId invitee, OrderId orderId, Money amount) {
        dsl.insertInto(COMMISSIONS)
                .set(COMMISSIONS.INVITER_ID, inviter.value())
                .set(COMMISSIONS.INVITEE_ID, invitee.value())
                .set(COMMISSIONS.ORDER_ID, orderId.value())
                .set(COMMISSIONS.AMOUNT, amount.fen())
                .execute();
    }
}
