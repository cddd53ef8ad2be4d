package spanel.application.admin.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

/** An admin pages through top-up orders, by status and user. */
public interface ListOrders {

    Page<TopUpOrder> list(Query query);

    record Query(Optional<OrderStatus> status, Optional<UserId> user, PageRequest page) {
        public Query {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(page, "page");
        }
    }
}
