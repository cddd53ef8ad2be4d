package spanel.application.payment;

import java.util.Objects;
import spanel.application.payment.port.in.ShowTopUpOrder;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.error.NotFound;
import spanel.domain.payment.TopUpOrder;

public final class ShowTopUpOrderService implements ShowTopUpOrder {

    private final TopUpOrders orders;

    public ShowTopUpOrderService(TopUpOrders orders) {
        this.orders = Objects.requireNonNull(orders);
    }

    @Override
    public TopUpOrder show(Query query) {
        // Someone else's order is "not found", so ids cannot be probed.
        return orders.find(query.orderId()).filter(order -> order.userId().equals(query.user()))
                .orElseThrow(() -> new NotFound("no order " + query.orderId()));
    }
}
