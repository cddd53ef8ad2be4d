package spanel.adapter.http.admin;

import java.util.List;
import spanel.domain.money.Money;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.CouponType;
import spanel.domain.shop.ProductId;

/** A coupon on the wire: value a whole percentage or a two-decimal amount string; null limits and expiry mean none. */
record CouponView(long id, String code, String type, Object value, Integer totalLimit, Integer perUserLimit,
        int usedCount, String expiresAt, List<Long> productIds, boolean enabled) {

    static CouponView of(Coupon coupon) {
        var spec = coupon.spec();
        Object value = spec.type() == CouponType.PERCENT ? (Object) spec.value() : Money.ofFen(spec.value()).toDecimalString();
        return new CouponView(coupon.id().value(), spec.code(), spec.type().wireName(), value,
                spec.totalLimit().isPresent() ? spec.totalLimit().getAsInt() : null,
                spec.perUserLimit().isPresent() ? spec.perUserLimit().getAsInt() : null,
                coupon.usedCount(), spec.expiresAt().map(Object::toString).orElse(null),
                spec.productIds().stream().map(ProductId::value).sorted().toList(), spec.enabled());
    }
}
