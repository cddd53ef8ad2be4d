package spanel.adapter.persistence.shop;

import static spanel.adapter.persistence.generated.Tables.COUPONS;
import static spanel.adapter.persistence.generated.Tables.COUPON_REDEMPTIONS;

import org.jooq.DSLContext;
import spanel.application.shop.port.out.CouponRedemptions;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.PurchaseId;
import spanel.domain.user.UserId;

public final class JooqCouponRedemptions implements CouponRedemptions {

    private final DSLContext dsl;

    public JooqCouponRedemptions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean claimUse(CouponId couponId) {
        // Guarded in SQL: a waiting claim re-reads the count the one before it committed.
        return dsl.update(COUPONS)
                .set(COUPONS.USED_COUNT, COUPONS.USED_COUNT.plus(1))
                .where(COUPONS.ID.eq(couponId.value()))
                .and(COUPONS.TOTAL_LIMIT.isNull().or(COUPONS.USED_COUNT.lt(COUPONS.TOTAL_LIMIT)))
                .execute() == 1;
    }

    @Override
    public int usesBy(CouponId couponId, UserId user) {
        return dsl.fetchCount(COUPON_REDEMPTIONS,
                COUPON_REDEMPTIONS.COUPON_ID.eq(couponId.value()).and(COUPON_REDEMPTIONS.USER_ID.eq(user.value())));
    }

    @Override
    public void record(CouponId couponId, UserId user, PurchaseId purchaseId) {
        dsl.insertInto(COUPON_REDEMPTIONS)
                .set(COUPON_REDEMPTIONS.COUPON_ID, couponId.value())
                .set(COUPON_REDEMPTIONS.USER_ID, user.value())
                .set(COUPON_REDEMPTIONS.PURCHASE_ID, purchaseId.value())
                .execute();
    }
}
