package spanel.application.shop;

import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.ProductSpec;

/** What the audit log says about a product or coupon after a write: the state it was left in. */
final class ShopAudit {

    private ShopAudit() {
    }

    static String describe(ProductSpec spec) {
        return "name=" + spec.name() + "; price=" + spec.price() + "; enabled=" + spec.enabled()
                + "; stock=" + (spec.stock().isPresent() ? spec.stock().getAsInt() : "unlimited") + "; content=" + spec.content();
    }

    static String describe(CouponSpec spec) {
        return "code=" + spec.code() + "; type=" + spec.type().wireName() + "; value=" + spec.value()
                + "; total_limit=" + spec.totalLimit() + "; per_user_limit=" + spec.perUserLimit()
                + "; expires_at=" + spec.expiresAt() + "; product_ids=" + spec.productIds() + "; enabled=" + spec.enabled();
    }
}
