package spanel.application.shop.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.user.UserId;

/** Which coupon code (normalised as when buying) on which product, for whom. */
public record CheckCouponQuery(UserId user, String code, long productId) {

    public CheckCouponQuery {
        Objects.requireNonNull(user, "user");
        code = BuyPlanCommand.normalised(Optional.ofNullable(code), "code")
                .orElseThrow(() -> new IllegalArgumentException("code: is required"));
        if (productId <= 0) {
            throw new IllegalArgumentException("shop_id: a positive integer is required");
        }
    }
}
