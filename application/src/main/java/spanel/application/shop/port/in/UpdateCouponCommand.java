package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.shop.CouponSpec;
import spanel.domain.user.UserId;

public record UpdateCouponCommand(UserId admin, long id, CouponSpec.Changes changes) {

    public UpdateCouponCommand {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(changes, "changes");
    }
}
