package spanel.adapter.http.uniproxy;

import io.javalin.config.RoutesConfig;
import spanel.adapter.http.node.NodeUseCases;
import spanel.adapter.http.support.Admission;

/** V2board's UniProxy API, as V2bX and XrayR's NewV2board speak it: the node use cases, its wire shape. */
public final class UniProxyRoutes {

    private UniProxyRoutes() {
    }

    public static void register(RoutesConfig routes, NodeUseCases useCases, int nodeReportMax, Admission ingest) {
        String base = "/api/v1/server/UniProxy";
        routes.get(base + "/config", new UniProxyConfigHandler(useCases.resolveNodeId(), useCases.getNodeInfo(), useCases.listDetectRules()));
        routes.get(base + "/user", new UniProxyUserHandler(useCases.resolveNodeId(), useCases.listNodeUsers()));
        routes.post(base + "/push", ingest.admit(new UniProxyPushHandler(useCases.resolveNodeId(), useCases.reportTraffic(), nodeReportMax)));
        routes.post(base + "/alive", new UniProxyAliveHandler(useCases.resolveNodeId(), useCases.reportAliveIps()));
        routes.post(base + "/status", new UniProxyStatusHandler(useCases.resolveNodeId(), useCases.reportHeartbeat()));
        routes.get(base + "/alivelist", new UniProxyAliveListHandler(useCases.resolveNodeId(), useCases.listNodeUsers()));
    }
}
