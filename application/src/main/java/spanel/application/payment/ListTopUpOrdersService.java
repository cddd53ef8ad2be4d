package spanel.application.payment;

import java.util.List;
import java.util.Objects;
import spanel.application.payment.port.in.ListTopUpOrders;
import spanel.application.payment.port.in.ListTopUpOrdersQuery;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.payment.TopUpOrder;

public final class ListTopUpOrdersService implements ListTopUpOrders {

    /** A user's own list stays short; the admin listing pages through everything. */
    static final int LIMIT = 100;

    private final TopUpOrders orders;

    public ListTopUpOrdersService(TopUpOrders orders) {
        this.orders = Objects.requireNonNull(orders);
    }

    @Override
    public List<TopUpOrder> list(ListTopUpOrdersQuery query) {
        return orders.ofUser(query.user(), query.status(), LIMIT);
    }
}
