package spanel.application.payment.port.in;

import java.util.Objects;
import spanel.domain.user.Caller;

public record ConfirmTopUpCommand(Caller caller, long orderId) {

    public ConfirmTopUpCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
