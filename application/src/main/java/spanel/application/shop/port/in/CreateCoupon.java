package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.user.UserId;

/** An admin adds a coupon. */
public interface CreateCoupon {

    CouponCreated create(Command command);

    record Command(UserId admin, CouponSpec spec) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(spec, "spec");
        }
    }

    record CouponCreated(CouponId id) {
    }
}
