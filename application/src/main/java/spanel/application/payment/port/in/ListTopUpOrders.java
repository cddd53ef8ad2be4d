package spanel.application.payment.port.in;

import spanel.domain.page.Page;
import spanel.domain.payment.TopUpOrder;

/** A user's own top-up orders, newest first, a page at a time. */
public interface ListTopUpOrders {

    Page<TopUpOrder> list(ListTopUpOrdersQuery query);
}
