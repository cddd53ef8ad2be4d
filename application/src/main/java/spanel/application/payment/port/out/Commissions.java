package spanel.application.payment.port.out;

import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.user.UserId;

/** Referral commissions: one per paid order. */
public interface Commissions {

    void record(UserId inviter, UserId invitee, OrderId orderId, Money amount);
}
