package spanel.application.payment;

import java.util.Objects;
import spanel.application.payment.port.in.ListTopUpOrders;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.page.Page;
import spanel.domain.payment.TopUpOrder;

public final class ListTopUpOrdersService implements ListTopUpOrders {

    private final TopUpOrders orders;

    public ListTopUpOrdersService(TopUpOrders orders) {
        this.orders = Objects.requireNonNull(orders);
    }

    @Override
    public Page<TopUpOrder> list(Query query) {
        return orders.ofUser(query.user(), query.status(), query.page());
    }
}
