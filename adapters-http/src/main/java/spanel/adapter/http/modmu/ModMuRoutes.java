package spanel.adapter.http.modmu;

import io.javalin.config.RoutesConfig;
import spanel.adapter.http.node.NodeUseCases;
import spanel.adapter.http.support.Admission;

/** SSPanel's mod_mu API, as unmodified XrayR and V2bX speak it: the node use cases, its wire shape. */
public final class ModMuRoutes {

    /** The site name node backends are told (mod_mu node info "type"). */
    static final String SITE_NAME = "spanel";

    private ModMuRoutes() {
    }

    public static void register(RoutesConfig routes, NodeUseCases useCases, int nodeReportMax, Admission ingest) {
        routes.get("/mod_mu/nodes/{id}/info", new ModMuNodeInfoHandler(useCases.getNodeInfo(), SITE_NAME));
        routes.post("/mod_mu/nodes/{id}/info", new ModMuNodeStatusHandler(useCases.reportHeartbeat()));
        routes.get("/mod_mu/users", new ModMuUsersHandler(useCases.listNodeUsers()));
        routes.post("/mod_mu/users/traffic", ingest.admit(new ModMuTrafficHandler(useCases.reportTraffic(), nodeReportMax)));
        routes.post("/mod_mu/users/aliveip", new ModMuAliveIpHandler(useCases.reportAliveIps()));
        routes.post("/mod_mu/users/detectlog", new ModMuDetectLogHandler(useCases.reportDetections()));
        routes.get("/mod_mu/func/detect_rules", new ModMuDetectRulesHandler(useCases.listDetectRules()));
        routes.get("/mod_mu/func/ping", new ModMuPingHandler(useCases.verifyNodeKey()));
    }
}
