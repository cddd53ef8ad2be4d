package spanel.application.payment;

import java.util.Objects;
import spanel.application.payment.port.in.TopUpQueries;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.error.NotFound;
import spanel.domain.page.Page;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

public final class TopUpQueryService implements TopUpQueries {

    private final TopUpOrders orders;

    public TopUpQueryService(TopUpOrders orders) {
        this.orders = Objects.requireNonNull(orders);
    }

    @Override
    public Page<TopUpOrder> orders(OrdersQuery query) {
        return orders.ofUser(query.user(), query.status(), query.page());
    }

    @Override
    public TopUpOrder order(UserId owner, OrderId id) {
        // Someone else's order is "not found", so ids cannot be probed.
        return orders.find(id).filter(order -> order.userId().equals(owner)).orElseThrow(() -> new NotFound("no order " + id));
    }
}
