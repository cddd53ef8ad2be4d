package spanel.application.payment.port.in;

import java.util.Objects;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

/** One top-up order, to its owner only: anyone else is told it does not exist. */
public interface ShowTopUpOrder {

    TopUpOrder show(Query query);

    record Query(UserId user, OrderId orderId) {
        public Query {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(orderId, "orderId");
        }
    }
}
