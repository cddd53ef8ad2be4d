package spanel.application.payment.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

    /** Keeps the gateway's reference to the order's payment, to ask the gateway about it later. */
    void rememberReference(OrderId id, String reference);

    /**
     * Orders of these gateways, not flagged for review, whose gateway may be asked again by
     * {@code now}: unpaid ones created at or after {@code createdSince}, and closed ones closed at or
     * after {@code closedSince}; oldest first, at most {@code limit}.
     */
    List<Unsettled> toAsk(Collection<String> gateways, Instant createdSince, Instant closedSince, Instant now, int limit);

    /** The order with what asking its gateway needs, whatever its status. */
    Optional<Unsettled> toAsk(OrderId id);

    /** The gateway failed to answer about the order {@code failures} times in a row: not to be asked before {@code after}. */
    void askNotBefore(OrderId id, int failures, Instant after);

    /** unpaid → closed, at the gateway's word; false when the order was not unpaid. */
    boolean closeIfUnpaid(OrderId id, Instant closedAt);

    /** Closes every order still unpaid that was created before the cutoff; answers how many. */
    int closeUnpaidCreatedBefore(Instant cutoff, Instant closedAt);

    /** An order as reconciliation sees it: the gateway's reference, and its failures to answer in a row. */
    record Unsettled(TopUpOrder order, Optional<String> reference, int failures) {
        public Unsettled {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(reference, "reference");
        }
    }
}
