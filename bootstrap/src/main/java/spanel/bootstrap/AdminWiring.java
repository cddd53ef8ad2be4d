package spanel.bootstrap;

import spanel.adapter.http.admin.AdminUseCases;
import spanel.adapter.http.admin.DashboardUseCases;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.admin.AdjustBalanceService;
import spanel.application.admin.AdminQueryService;
import spanel.application.admin.SetUserBanService;
import spanel.application.admin.UpdateUserService;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.dashboard.ResolveReviewService;
import spanel.application.dashboard.ShowSalesService;
import spanel.application.dashboard.ShowUsageService;
import spanel.application.dashboard.port.out.DashboardQueries;
import spanel.application.shop.CreateCouponService;
import spanel.application.shop.CreateProductService;
import spanel.application.shop.DisableCouponService;
import spanel.application.shop.DisableProductService;
import spanel.application.shop.ShopQueryService;
import spanel.application.shop.UpdateCouponService;
import spanel.application.shop.UpdateProductService;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;

/** The admin routes (nodes aside), and the /admin dashboard. */
final class AdminWiring {

    private AdminWiring() {
    }

    static AdminUseCases admin(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        TransactionRunner tx = persistence.transactionRunner();
        AuditTrail audit = persistence.auditTrail();
        Products products = persistence.products();
        Coupons coupons = persistence.coupons();
        return new AdminUseCases(
                new AdminQueryService(persistence.userDirectory(), persistence.userAccounts(), persistence.topUpOrderQueries()),
                ShopWiring.queries(persistence),
                new SetUserBanService(persistence.userDirectory(), persistence.accessTokens(), persistence.passwordResets(),
                        audit, tx),
                new AdjustBalanceService(persistence.balances(), persistence.userAccounts(), audit, tx),
                new CreateProductService(products, audit, tx),
                new UpdateProductService(products, audit, tx),
                new DisableProductService(products, audit, tx),
                new CreateCouponService(coupons, products, audit, tx),
                new UpdateCouponService(coupons, products, audit, tx),
                new DisableCouponService(coupons, products, audit, tx),
                new UpdateUserService(persistence.userDirectory(), persistence.userAccounts(), persistence.passwordResets(),
                        audit, tx));
    }

    /** What the /admin dashboard draws, and the review resolution. */
    static DashboardUseCases dashboard(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        DashboardQueries queries = persistence.dashboardQueries();
        return new DashboardUseCases(
                new ShowSalesService(queries, wiring.clock()),
                new ShowUsageService(queries, wiring.clock()),
                new ResolveReviewService(persistence.orderReviews(), persistence.auditTrail(), persistence.transactionRunner(),
                        wiring.clock()),
                wiring.settings().payments().currency());
    }
}
