package spanel.adapter.http.admin;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;

/** The /admin page, its chart library, and the JSON it draws (docs/ACCOUNTS.md, The dashboard). */
public final class DashboardRoutes {

    private DashboardRoutes() {
    }

    public static void register(RoutesConfig routes, DashboardUseCases useCases) {
        routes.get("/admin", new DashboardHandler(useCases.currency()));
        routes.get("/admin/assets/{file}", new DashboardAssetHandler());
        routes.get("/favicon.ico", new FaviconHandler());
        DashboardHandlers dashboard = new DashboardHandlers(useCases);
        routes.get(V0 + "/admin/dashboard/sales", dashboard::sales);
        routes.get(V0 + "/admin/dashboard/usage", dashboard::usage);
        routes.post(V0 + "/admin/orders/{id}/resolve-review", dashboard::resolveReview);
    }
}
