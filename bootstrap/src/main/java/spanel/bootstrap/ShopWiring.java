package spanel.bootstrap;

import spanel.adapter.http.shop.ShopUseCases;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.shop.BuyPlanService;
import spanel.application.shop.CheckCouponService;
import spanel.application.shop.ShopQueryService;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.application.shop.port.in.ShopQueries;

/** The shop: packages, buying with the balance, the history, coupon quotes. */
final class ShopWiring {

    private ShopWiring() {
    }

    static ShopQueries queries(PersistenceAdapters persistence) {
        return new ShopQueryService(persistence.products(), persistence.coupons(), persistence.purchases());
    }

    /** The one purchase path: /user/buy, and a checkout's order when it is paid. */
    static BuyPlan buyPlan(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        return new BuyPlanService(new BuyPlanService.Ports(persistence.products(), persistence.coupons(),
                persistence.couponRedemptions(), persistence.buyers(), persistence.balances(), persistence.purchases()),
                persistence.transactionRunner(), wiring.metrics().purchaseMeter(), wiring.clock(),
                wiring.settings().jobs().timezone(), wiring.notices());
    }

    static CheckCoupon checkCoupon(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        return new CheckCouponService(persistence.products(), persistence.coupons(), persistence.couponRedemptions(),
                wiring.clock());
    }

    static ShopUseCases shop(Wiring wiring) {
        return new ShopUseCases(
                queries(wiring.persistence()),
                buyPlan(wiring),
                checkCoupon(wiring),
                wiring.answerOnce());
    }
}
