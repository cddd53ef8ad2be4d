package spanel.application.payment.port.in;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.user.Caller;

/** DEBUG only: marks an order paid as if its gateway had said so, through the same crediting path. */
public interface ConfirmTopUpByHand {

    TopUpConfirmed confirm(Command command);

    record Command(Caller caller, OrderId orderId) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(orderId, "orderId");
        }
    }

    record TopUpConfirmed(OrderId orderId, Money credited) {
    }
}
