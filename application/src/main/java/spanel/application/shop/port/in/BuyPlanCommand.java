package spanel.application.shop.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.shop.CouponSpec;
import spanel.domain.user.UserId;

/** Who buys which product, with which coupon code (normalised; a blank code is no coupon). */
public record BuyPlanCommand(UserId buyer, long productId, Optional<String> couponCode) {

    public static final int MAX_CODE_LENGTH = 64;

    public BuyPlanCommand {
        Objects.requireNonNull(buyer, "buyer");
        if (productId <= 0) {
            throw new IllegalArgumentException("shop_id: a positive integer is required");
        }
        couponCode = normalised(couponCode, "coupon");
    }

    /** A coupon code as typed: trimmed, upper case, empty when blank, at most 64 characters. */
    static Optional<String> normalised(Optional<String> typed, String field) {
        Optional<String> code = typed.map(CouponSpec::normaliseCode).filter(c -> !c.isEmpty());
        if (code.isPresent() && code.get().length() > MAX_CODE_LENGTH) {
            throw new IllegalArgumentException(field + ": at most " + MAX_CODE_LENGTH + " characters");
        }
        return code;
    }
}
