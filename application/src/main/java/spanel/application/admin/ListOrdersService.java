package spanel.application.admin;

import java.util.Objects;
import spanel.application.admin.port.in.ListOrders;
import spanel.application.admin.port.out.TopUpOrderQueries;
import spanel.domain.page.Page;
import spanel.domain.payment.TopUpOrder;

public final class ListOrdersService implements ListOrders {

    private final TopUpOrderQueries orders;

    public ListOrdersService(TopUpOrderQueries orders) {
        this.orders = Objects.requireNonNull(orders);
    }

    @Override
    public Page<TopUpOrder> list(Query query) {
        return orders.list(query.status(), query.user(), query.page());
    }
}
