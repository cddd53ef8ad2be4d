package spanel.application.shop.port.out;

import spanel.domain.shop.CouponId;
import spanel.domain.shop.PurchaseId;
import spanel.domain.user.UserId;

/** The uses of coupons in purchases. Called inside the purchase's transaction. */
public interface CouponRedemptions {

    /**
     * Counts one more use in one guarded update that never passes the total limit, and holds the
     * coupon's row until the transaction ends. False when every use is spent (or there is no such coupon).
     */
    boolean claimUse(CouponId couponId);

    /** How often this user has used the coupon, counting only committed purchases and this transaction's. */
    int usesBy(CouponId couponId, UserId user);

    /** Records that a purchase used the coupon. */
    void record(CouponId couponId, UserId user, PurchaseId purchaseId);
}
