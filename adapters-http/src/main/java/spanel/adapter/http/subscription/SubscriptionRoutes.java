package spanel.adapter.http.subscription;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;
import spanel.adapter.http.admin.ResetUserSubscriptionHandler;
import spanel.adapter.http.user.DeviceHandlers;
import spanel.adapter.http.user.ResetCredentialsHandler;
import spanel.adapter.http.user.ResetSubscriptionHandler;
import spanel.adapter.http.user.TrafficHistoryHandler;
import spanel.adapter.http.user.UserNodesHandler;

/**
 * The user's nodes and subscription links (behind the user check already), the admin's
 * rotation (behind the admin check), and the public subscription fetch, whose token is the
 * credential: routes are counted by template, and errors logged with the token masked.
 */
public final class SubscriptionRoutes {

    private SubscriptionRoutes() {
    }

    public static void register(RoutesConfig routes, SubscriptionUseCases useCases) {
        routes.get(V0 + "/user/nodes", new UserNodesHandler(useCases.listUserNodes()));
        routes.post(V0 + "/user/subscription/reset", new ResetSubscriptionHandler(useCases.reset()));
        routes.post(V0 + "/user/credentials/reset", new ResetCredentialsHandler(useCases.resetCredentials()));
        routes.post(V0 + "/admin/users/{id}/subscription/reset", new ResetUserSubscriptionHandler(useCases.reset()));
        routes.get(V0 + "/user/traffic", new TrafficHistoryHandler(useCases.trafficHistory()));
        DeviceHandlers devices = new DeviceHandlers(useCases.devices(), useCases.removeDevices());
        routes.get(V0 + "/user/devices", devices::listOwn);
        routes.delete(V0 + "/user/devices/{id}", devices::removeOwn);
        routes.get(V0 + "/admin/users/{id}/devices", devices::listOfUser);
        routes.delete(V0 + "/admin/users/{id}/devices", devices::removeOfUser);
        routes.delete(V0 + "/admin/users/{id}/devices/{device}", devices::removeOfUser);
        routes.before("/sub/*", SubscriptionHandler::noStore);
        SubscriptionHandler subscription = new SubscriptionHandler(useCases);
        // The addresses imported users' clients still hold: SSPanel's /link/{token}, V2board's query form.
        routes.before("/link/*", SubscriptionHandler::noStore);
        routes.before(LegacyLinks.V2BOARD_PATH, SubscriptionHandler::noStore);
        for (String path : new String[] {"/sub/{token}", "/sub/{token}/{subtype}", "/link/{token}", LegacyLinks.V2BOARD_PATH}) {
            routes.get(path, subscription);
            routes.head(path, subscription);
        }
    }
}
