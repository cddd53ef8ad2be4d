package spanel.adapter.http.shop;

import java.util.Objects;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.application.shop.port.in.ListPackages;
import spanel.application.shop.port.in.ListPurchases;

/** The use cases behind /user/shop, /user/buy, /user/bought and /user/coupon. */
public record ShopUseCases(ListPackages listPackages, BuyPlan buyPlan, ListPurchases listPurchases, CheckCoupon checkCoupon) {

    public ShopUseCases {
        Objects.requireNonNull(listPackages, "listPackages");
        Objects.requireNonNull(buyPlan, "buyPlan");
        Objects.requireNonNull(listPurchases, "listPurchases");
        Objects.requireNonNull(checkCoupon, "checkCoupon");
    }
}
