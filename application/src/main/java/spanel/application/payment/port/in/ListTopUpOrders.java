package spanel.application.payment.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

/** A user's own top-up orders, newest first, a page at a time. */
public interface ListTopUpOrders {

    Page<TopUpOrder> list(Query query);

    record Query(UserId user, Optional<OrderStatus> status, PageRequest page) {
        public Query {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(page, "page");
        }
    }
}
