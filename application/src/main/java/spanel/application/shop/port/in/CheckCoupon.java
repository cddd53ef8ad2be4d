package spanel.application.shop.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.shop.ProductId;
import spanel.domain.user.UserId;

/**
 * A user asks what a product would cost with a coupon, before buying: the price after the
 * discount, or why the coupon does not apply. Changes nothing.
 */
public interface CheckCoupon {

    CouponQuote check(Query query);

    /** Which coupon code (normalised as when buying) on which product, for whom. */
    record Query(UserId user, String code, ProductId productId) {
        public Query {
            Objects.requireNonNull(user, "user");
            code = BuyPlan.Command.normalised(Optional.ofNullable(code), "code")
                    .orElseThrow(() -> new IllegalArgumentException("code: is required"));
            Objects.requireNonNull(productId, "productId");
        }
    }

    /** A product's price, the coupon's discount on it (never more than the price), and what would be paid. */
    record CouponQuote(String code, ProductId productId, Money price, Money discount, Money finalPrice) {
        public CouponQuote {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(discount, "discount");
            Objects.requireNonNull(finalPrice, "finalPrice");
        }
    }
}
