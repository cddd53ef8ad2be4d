package spanel.application.payment.port.in;

import java.util.Objects;
import spanel.domain.user.UserId;

public record ShowTopUpOrderQuery(UserId user, long orderId) {

    public ShowTopUpOrderQuery {
        Objects.requireNonNull(user, "user");
    }
}
