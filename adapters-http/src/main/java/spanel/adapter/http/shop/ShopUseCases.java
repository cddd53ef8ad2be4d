package spanel.adapter.http.shop;

import java.util.Objects;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.application.shop.port.in.ShopQueries;

/** The use cases behind /user/shop, /user/buy, /user/bought and /user/coupon. */
public record ShopUseCases(ShopQueries queries, BuyPlan buyPlan, CheckCoupon checkCoupon) {

    public ShopUseCases {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(buyPlan, "buyPlan");
        Objects.requireNonNull(checkCoupon, "checkCoupon");
    }
}
