package spanel.bootstrap;

import java.time.Clock;
import spanel.adapter.http.shop.ShopUseCases;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.shop.BuyPlanService;
import spanel.application.shop.CheckCouponService;
import spanel.application.shop.ShopQueryService;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.application.shop.port.in.ShopQueries;
import spanel.application.shop.port.out.PurchaseMeter;
import spanel.bootstrap.config.Settings;

/** The shop: packages, buying with the balance, the history, coupon quotes. */
final class ShopWiring {

    private ShopWiring() {
    }

    static ShopQueries queries(PersistenceAdapters persistence) {
        return new ShopQueryService(persistence.products(), persistence.coupons(), persistence.purchases());
    }

    /** The one purchase path: /user/buy, and a checkout's order when it is paid. */
    static BuyPlan buyPlan(Wiring wiring) {
        return buyPlan(wiring.persistence(), wiring.settings(), wiring.clock(), wiring.metrics().purchaseMeter());
    }

    static BuyPlan buyPlan(PersistenceAdapters persistence, Settings settings, Clock clock, PurchaseMeter meter) {
        return new BuyPlanService(new BuyPlanService.Ports(persistence.products(), persistence.coupons(),
                persistence.couponRedemptions(), persistence.buyers(), persistence.balances(), persistence.purchases()),
                persistence.transactionRunner(), meter, clock, settings.jobs().timezone(),
                NoticeWiring.notices(persistence, settings, clock));
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
