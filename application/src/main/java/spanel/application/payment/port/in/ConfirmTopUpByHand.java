package spanel.application.payment.port.in;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.user.Caller;

/** DEBUG only: marks an order paid as if its gateway had said so, through the same crediting path. */
public interface ConfirmTopUpByHand {

    TopUpConfirmed confirm(Command command);

    record Command(Caller caller, long orderId) {
        public Command {
            Objects.requireNonNull(caller, "caller");
        }
    }

    record TopUpConfirmed(long orderId, Money credited) {
    }
}
