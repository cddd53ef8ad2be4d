package spanel.adapter.http.node;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;
import spanel.adapter.http.support.Admission;

/** The panel's own node API (docs/API.md, /app/api/v0/node); traffic reports wait in the ingest's line. */
public final class NodeRoutes {

    private NodeRoutes() {
    }

    public static void register(RoutesConfig routes, NodeUseCases useCases, int nodeReportMax, Admission ingest) {
        routes.get(V0 + "/node/users", new NodeUsersHandler(useCases.listNodeUsers()));
        routes.post(V0 + "/node/traffic", ingest.admit(new NodeTrafficHandler(useCases.reportTraffic(), nodeReportMax)));
        routes.post(V0 + "/node/online", new NodeOnlineHandler(useCases.reportOnline()));
        routes.post(V0 + "/node/heartbeat", new NodeHeartbeatHandler(useCases.reportHeartbeat()));
        routes.post(V0 + "/node/alive_ip", new NodeAliveIpHandler(useCases.reportAliveIps()));
        routes.get(V0 + "/node/info/{node_id}", new NodeInfoHandler(useCases.getNodeInfo()));
    }
}
