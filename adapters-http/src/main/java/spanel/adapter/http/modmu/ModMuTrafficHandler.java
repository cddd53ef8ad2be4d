package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import spanel.adapter.http.node.NodeRequests;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportTraffic;

/** POST /mod_mu/users/traffic?node_id=N : the same accounting as /app/api/v0/node/traffic. */
public final class ModMuTrafficHandler implements Handler {

    record TrafficRequest(List<NodeRequests.TrafficEntry> data) {
    }

    private final ReportTraffic reportTraffic;
    private final int maxEntries;

    public ModMuTrafficHandler(ReportTraffic reportTraffic, int maxEntries) {
        this.reportTraffic = reportTraffic;
        this.maxEntries = maxEntries;
    }

    @Override
    public void handle(Context ctx) {
        var node = ModMu.nodeId(ctx);
        TrafficRequest request = Json.read(ctx.bodyAsBytes(), TrafficRequest.class);
        reportTraffic.report(NodeRequests.traffic(node.value(), null, request.data(), maxEntries, ModMu.key(ctx)));
        ctx.json(ModMu.Message.OK);
    }
}
