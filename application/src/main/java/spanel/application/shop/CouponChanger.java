package spanel.application.shop;

import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.NotFound;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.ProductId;
import spanel.domain.user.UserId;

/** Adds or changes coupons and audits each write; the caller holds the transaction. */
final class CouponChanger {

    private final Coupons coupons;
    private final Products products;
    private final AuditTrail audit;

    CouponChanger(Coupons coupons, Products products, AuditTrail audit) {
        this.coupons = Objects.requireNonNull(coupons);
        this.products = Objects.requireNonNull(products);
        this.audit = Objects.requireNonNull(audit);
    }

    CouponId add(UserId admin, CouponSpec spec) {
        requireKnownProducts(spec.productIds());
        CouponId id = coupons.add(spec);
        audit.record(new AuditEntry(admin, "coupon.create", "coupon:" + id, ShopAudit.describe(spec)));
        return id;
    }

    Coupon change(UserId admin, CouponId id, String action, UnaryOperator<CouponSpec> change) {
        Coupon current = coupons.find(id).orElseThrow(() -> new NotFound("no coupon " + id));
        CouponSpec changed;
        try {
            changed = change.apply(current.spec());
        } catch (IllegalArgumentException brokenRule) {
            throw InvalidInput.of(brokenRule);
        }
        requireKnownProducts(changed.productIds());
        if (!current.allows(changed) || !coupons.replace(id, changed)) {
            throw new InvalidInput("total_limit", "below the uses already made");
        }
        audit.record(new AuditEntry(admin, action, "coupon:" + id, ShopAudit.describe(changed)));
        return new Coupon(id, changed, current.usedCount());
    }

    private void requireKnownProducts(Set<ProductId> ids) {
        Set<ProductId> missing = ids.isEmpty() ? Set.of() : products.missing(ids);
        if (!missing.isEmpty()) {
            throw new InvalidInput("product_ids", "no product has the id " + missing.iterator().next());
        }
    }
}
