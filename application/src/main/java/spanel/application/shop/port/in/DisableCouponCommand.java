package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.user.UserId;

public record DisableCouponCommand(UserId admin, long id) {

    public DisableCouponCommand {
        Objects.requireNonNull(admin, "admin");
    }
}
