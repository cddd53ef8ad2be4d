package spanel.bootstrap;

import spanel.adapter.http.shop.ShopUseCases;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.shop.BuyPlanService;
import spanel.application.shop.CheckCouponService;
import spanel.application.shop.ShopQueryService;
import spanel.application.shop.port.in.ShopQueries;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;

/** The shop: packages, buying with the balance, the history, coupon quotes. */
final class ShopWiring {

    private ShopWiring() {
    }

    static ShopQueries queries(PersistenceAdapters persistence) {
        return new ShopQueryService(persistence.products(), persistence.coupons(), persistence.purchases());
    }

    static ShopUseCases shop(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        Products products = persistence.products();
        Coupons coupons = persistence.coupons();
        return new ShopUseCases(
                queries(persistence),
                new BuyPlanService(new BuyPlanService.Ports(products, coupons, persistence.couponRedemptions(),
                        persistence.buyers(), persistence.balances(), persistence.purchases()),
                        persistence.transactionRunner(), wiring.metrics().purchaseMeter(), wiring.clock(),
                        wiring.settings().jobs().timezone()),
                new CheckCouponService(products, coupons, persistence.couponRedemptions(), wiring.clock()),
                wiring.answerOnce());
    }
}
