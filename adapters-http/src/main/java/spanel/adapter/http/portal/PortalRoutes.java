package spanel.adapter.http.portal;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;
import spanel.adapter.http.user.AccountRoutes;

/** The user portal (docs/PORTAL.md): its page at /, its files under /portal/, and GET /app/api/v0/site. */
public final class PortalRoutes {

    private PortalRoutes() {
    }

    public static void register(RoutesConfig routes, PortalSite site, PortalFeatures features) {
        PortalAssets assets = new PortalAssets();
        PortalHeadersHandler headers = new PortalHeadersHandler();
        routes.before("/", headers);
        routes.before(PortalAssets.PREFIX + "*", headers);
        PortalPageHandler page = new PortalPageHandler(assets);
        routes.get("/", page);
        routes.get(PortalAssets.PREFIX + "{file}", new PortalAssetHandler(assets));
        // A password-reset link opens the portal, which shows its new-password form at this path.
        if (features.passwordReset()) {
            routes.before(AccountRoutes.RESET_PAGE, headers);
            routes.get(AccountRoutes.RESET_PAGE, page);
        }
        routes.get(V0 + "/site", new SiteHandler(site, features));
    }
}
