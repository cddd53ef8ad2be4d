package spanel.application.shop.port.out;

import java.util.List;
import java.util.Optional;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;

/** The coupons. A code is unique: adding or renaming to a taken one throws {@link spanel.domain.shop.CouponCodeTaken}. */
public interface Coupons {

    List<Coupon> all();

    CouponId add(CouponSpec spec);

    Optional<Coupon> find(CouponId id);

    /** The coupon with this code, which is compared without case. */
    Optional<Coupon> findByCode(String code);

    /**
     * Replaces what an admin describes of a coupon, never its use count. False when there is no
     * such coupon, or when the new total limit is below the uses made meanwhile.
     */
    boolean replace(CouponId id, CouponSpec spec);
}
