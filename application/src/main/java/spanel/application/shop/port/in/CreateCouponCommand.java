package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.shop.CouponSpec;
import spanel.domain.user.UserId;

public record CreateCouponCommand(UserId admin, CouponSpec spec) {

    public CreateCouponCommand {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(spec, "spec");
    }
}
