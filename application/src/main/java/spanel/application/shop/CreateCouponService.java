package spanel.application.shop;

import java.util.Objects;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.shop.port.in.CreateCoupon;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;

public final class CreateCouponService implements CreateCoupon {

    private final CouponChanger changer;
    private final TransactionRunner transactions;

    public CreateCouponService(Coupons coupons, Products products, AuditTrail audit, TransactionRunner transactions) {
        this.changer = new CouponChanger(coupons, products, audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public CouponCreated create(Command command) {
        return transactions.inTransaction(() -> new CouponCreated(changer.add(command.admin(), command.spec())));
    }
}
