package spanel.application.payment.port.in;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

public record CreateTopUpCommand(UserId user, Money total, String gateway) {

    public CreateTopUpCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(gateway, "gateway");
        if (total.isZero()) {
            throw new IllegalArgumentException("total: must be more than 0");
        }
    }
}
