package spanel.application.shop;

import java.util.Objects;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.shop.port.in.DisableCoupon;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.CouponSpec;

public final class DisableCouponService implements DisableCoupon {

    private final CouponChanger changer;
    private final TransactionRunner transactions;

    public DisableCouponService(Coupons coupons, Products products, AuditTrail audit, TransactionRunner transactions) {
        this.changer = new CouponChanger(coupons, products, audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Coupon disable(Command command) {
        return transactions.inTransaction(() -> changer.change(command.admin(), command.id(), "coupon.disable",
                spec -> new CouponSpec(spec.code(), spec.type(), spec.value(), spec.totalLimit(), spec.perUserLimit(),
                        spec.expiresAt(), spec.productIds(), false)));
    }
}
