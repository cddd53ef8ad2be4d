package spanel.adapter.http.shop;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;

/** The user's shop: packages, buying with the balance, the history, coupon quotes (behind the user check). */
public final class ShopRoutes {

    private ShopRoutes() {
    }

    public static void register(RoutesConfig routes, ShopUseCases shop) {
        routes.get(V0 + "/user/shop", new ListPackagesHandler(shop.queries()));
        routes.post(V0 + "/user/buy", new BuyPlanHandler(shop.buyPlan(), shop.answerOnce()));
        routes.get(V0 + "/user/bought", new ListPurchasesHandler(shop.queries()));
        routes.get(V0 + "/user/coupon", new CheckCouponHandler(shop.checkCoupon()));
    }
}
