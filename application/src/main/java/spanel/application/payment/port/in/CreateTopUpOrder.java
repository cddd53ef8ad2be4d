package spanel.application.payment.port.in;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

/** A user starts a top-up: an unpaid order and where to pay it. */
public interface CreateTopUpOrder {

    TopUpCreated create(Command command);

    record Command(UserId user, Money total, String gateway) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(gateway, "gateway");
            if (total.isZero()) {
                throw new IllegalArgumentException("total: must be more than 0");
            }
        }
    }

    record TopUpCreated(TopUpOrder order, String paymentUrl) {
    }
}
