package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.user.UserId;

/** An admin changes some parts of a coupon; the parts left out stay as they are. */
public interface UpdateCoupon {

    Coupon update(Command command);

    record Command(UserId admin, CouponId id, CouponSpec.Changes changes) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(changes, "changes");
        }
    }
}
