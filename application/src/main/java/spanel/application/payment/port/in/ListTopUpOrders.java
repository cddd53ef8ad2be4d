package spanel.application.payment.port.in;

import java.util.List;
import spanel.domain.payment.TopUpOrder;

/** A user's own top-up orders, newest first. */
public interface ListTopUpOrders {

    List<TopUpOrder> list(ListTopUpOrdersQuery query);
}
