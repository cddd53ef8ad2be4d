package spanel.application.payment.port.out;

import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.user.UserId;

/** Referral commissions: one per paid order, each credited to the inviter's commission balance. */
public interface Commissions {

    /**
     * Records the commission an order earned and credits it to the inviter's commission balance,
     * with its commission-ledger row (source: the order), in the caller's transaction.
     */
    void record(UserId inviter, UserId invitee, OrderId orderId, Money amount, String note);

    /** Whether any order of the invitee has earned a commission. */
    boolean anyFrom(UserId invitee);
}
