package spanel.adapter.http.admin;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;

/** The admin's users, orders, products and coupons (docs/API.md, Routes), behind the admin check. */
public final class AdminRoutes {

    private AdminRoutes() {
    }

    public static void register(RoutesConfig routes, AdminUseCases admin) {
        routes.get(V0 + "/admin/users", new ListUsersHandler(admin.queries()));
        routes.get(V0 + "/admin/users/{id}", new ShowUserHandler(admin.queries()));
        routes.put(V0 + "/admin/users/{id}", new UpdateUserHandler(admin.updateUser()));
        routes.post(V0 + "/admin/users/{id}/ban", SetUserBanHandler.ban(admin.setUserBan()));
        routes.post(V0 + "/admin/users/{id}/unban", SetUserBanHandler.unban(admin.setUserBan()));
        routes.post(V0 + "/admin/users/{id}/balance", new AdjustBalanceHandler(admin.adjustBalance()));
        routes.get(V0 + "/admin/orders", new ListOrdersHandler(admin.queries()));
        routes.get(V0 + "/admin/ledger/export", new ExportLedgerHandler(admin.queries()));
        routes.get(V0 + "/admin/products", new ListProductsHandler(admin.catalogue()));
        routes.post(V0 + "/admin/products", new CreateProductHandler(admin.createProduct()));
        routes.put(V0 + "/admin/products/{id}", new UpdateProductHandler(admin.updateProduct()));
        routes.delete(V0 + "/admin/products/{id}", new DisableProductHandler(admin.disableProduct()));
        routes.get(V0 + "/admin/coupons", new ListCouponsHandler(admin.catalogue()));
        routes.post(V0 + "/admin/coupons", new CreateCouponHandler(admin.createCoupon()));
        routes.put(V0 + "/admin/coupons/{id}", new UpdateCouponHandler(admin.updateCoupon()));
        routes.delete(V0 + "/admin/coupons/{id}", new DisableCouponHandler(admin.disableCoupon()));
    }
}
