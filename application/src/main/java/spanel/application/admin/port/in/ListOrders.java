package spanel.application.admin.port.in;

import spanel.domain.page.Page;
import spanel.domain.payment.TopUpOrder;

/** An admin pages through top-up orders, by status and user. */
public interface ListOrders {

    Page<TopUpOrder> list(ListOrdersQuery query);
}
