package spanel.application.payment.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

/** What a user reads about their own top-up orders. */
public interface TopUpQueries {

    /** The user's own orders, newest first, a page at a time. */
    Page<TopUpOrder> orders(OrdersQuery query);

    /** One order, to its owner only: anyone else is told it does not exist. */
    TopUpOrder order(UserId owner, OrderId id);

    record OrdersQuery(UserId user, Optional<OrderStatus> status, PageRequest page) {
        public OrdersQuery {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(page, "page");
        }
    }
}
