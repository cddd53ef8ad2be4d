package spanel.application.payment.port.out;

import java.time.Instant;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

/** Top-up orders; their status changes only through guarded updates. */
public interface TopUpOrders {

    TopUpOrder add(UserId user, String tradeNo, String gateway, Money total, Instant createdAt);

    Optional<TopUpOrder> find(OrderId id);

    Optional<TopUpOrder> findByTradeNo(String tradeNo);

    /** A page of the user's orders, newest first. */
    Page<TopUpOrder> ofUser(UserId user, Optional<OrderStatus> status, PageRequest page);

    /** unpaid → paid; false when the order was not unpaid. */
    boolean markPaidIfUnpaid(OrderId id, Instant paidAt);

    /** closed → paid, flagged for the operator with the reason; false when the order was not closed. */
    boolean markPaidIfClosed(OrderId id, Instant paidAt, String reviewReason);

    /** Marks the order for the operator's attention, with the reason; its status stays as it is. */
    void flagForReview(OrderId id, String reason);

    /** Closes every order still unpaid that was created before the cutoff; answers how many. */
    int closeUnpaidCreatedBefore(Instant cutoff, Instant closedAt);
}
