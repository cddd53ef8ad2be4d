package spanel.application.shop;

import java.util.Objects;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.shop.port.in.UpdateCoupon;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.domain.shop.Coupon;

public final class UpdateCouponService implements UpdateCoupon {

    private final CouponChanger changer;
    private final TransactionRunner transactions;

    public UpdateCouponService(Coupons coupons, Products products, AuditTrail audit, TransactionRunner transactions) {
        this.changer = new CouponChanger(coupons, products, audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Coupon update(Command command) {
        return transactions.inTransaction(() ->
                changer.change(command.admin(), command.id(), "coupon.update", spec -> spec.with(command.changes())));
    }
}
