package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.CouponId;
import spanel.domain.user.UserId;

/** An admin withdraws a coupon. It is kept, disabled, because past purchases refer to it. */
public interface DisableCoupon {

    Coupon disable(Command command);

    record Command(UserId admin, CouponId id) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
        }
    }
}
