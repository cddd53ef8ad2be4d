package spanel.adapter.http.admin;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;

/** Node administration (docs/API.md, Routes); /admin/* is already behind the admin check. */
public final class NodeAdminRoutes {

    private NodeAdminRoutes() {
    }

    public static void register(RoutesConfig routes, NodeAdminUseCases useCases) {
        NodeAdminHandlers nodes = new NodeAdminHandlers(useCases);
        routes.get(V0 + "/admin/nodes", nodes::list);
        routes.post(V0 + "/admin/nodes", nodes::create);
        // Registered before /nodes/{id}, which would otherwise take "status" for an id.
        routes.get(V0 + "/admin/nodes/status", nodes::status);
        routes.get(V0 + "/admin/nodes/{id}", nodes::show);
        routes.put(V0 + "/admin/nodes/{id}", nodes::update);
        routes.delete(V0 + "/admin/nodes/{id}", nodes::delete);
        routes.post(V0 + "/admin/nodes/{id}/rotate-key", nodes::rotateKey);
        routes.post(V0 + "/admin/nodes/{id}/rotate-server-key", nodes::rotateServerKey);
        DetectRuleAdminHandlers rules = new DetectRuleAdminHandlers(useCases.detectRules());
        routes.get(V0 + "/admin/detect-rules", rules::list);
        routes.post(V0 + "/admin/detect-rules", rules::add);
        routes.delete(V0 + "/admin/detect-rules/{id}", rules::remove);
    }
}
