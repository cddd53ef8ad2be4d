package spanel.adapter.http.node;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportAliveIps;

/** POST /app/api/v0/node/alive_ip */
public final class NodeAliveIpHandler implements Handler {

    record AliveIpRequest(Long nodeId, List<NodeRequests.AliveEntry> data) {
    }

    record AliveIpAnswer(int count) {
    }

    private final ReportAliveIps reportAliveIps;

    public NodeAliveIpHandler(ReportAliveIps reportAliveIps) {
        this.reportAliveIps = reportAliveIps;
    }

    @Override
    public void handle(Context ctx) {
        AliveIpRequest request = Json.read(ctx.body(), AliveIpRequest.class);
        var node = NodeRequests.nodeId(Fields.required("node_id", request.nodeId()));
        var seen = NodeRequests.aliveIps(request.data());
        int count = reportAliveIps.report(new ReportAliveIps.Command(node, NodeRequests.key(ctx), seen));
        ctx.json(Envelope.ok(new AliveIpAnswer(count)));
    }
}
