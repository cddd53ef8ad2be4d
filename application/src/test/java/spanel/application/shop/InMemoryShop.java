package spanel.application.shop;

import java.util.List;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.shop.Buyer;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.user.UserId;

/**
 * The shop's driven ports in memory, for code outside this package: a service that embeds spanel's
 * purchase rule and coupon quote (docs/EMBEDDING.md) builds {@link BuyPlanService} and
 * {@link CheckCouponService} on {@link #ports()}. Single-threaded, as {@link ShopFakes} it wraps.
 */
public final class InMemoryShop {

    private final ShopFakes fakes = new ShopFakes();

    public BuyPlanService.Ports ports() {
        return new BuyPlanService.Ports(fakes.products, fakes.coupons, fakes.redemptions, fakes.buyers, fakes.balances,
                fakes.purchases);
    }

    public ProductId addProduct(ProductSpec spec) {
        return fakes.products.add(spec);
    }

    public CouponId addCoupon(CouponSpec spec) {
        return fakes.coupons.add(spec);
    }

    public void addBuyer(Buyer buyer) {
        fakes.buyerRows.put(buyer.id(), buyer);
    }

    /** The buyer's balance and entitlement as they stand. */
    public Buyer buyer(UserId id) {
        return fakes.buyerRows.get(id);
    }

    /** Every balance change booked, in order. */
    public List<LedgerEntry> ledger() {
        return List.copyOf(fakes.ledger);
    }
}
