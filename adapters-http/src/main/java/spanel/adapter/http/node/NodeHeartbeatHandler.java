package spanel.adapter.http.node;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.math.BigDecimal;
import java.util.Map;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportHeartbeat;

/** POST /app/api/v0/node/heartbeat */
public final class NodeHeartbeatHandler implements Handler {

    record HeartbeatRequest(Long nodeId, BigDecimal cpuLoad, BigDecimal memoryUsage, BigDecimal networkSpeed) {
    }

    private final ReportHeartbeat reportHeartbeat;

    public NodeHeartbeatHandler(ReportHeartbeat reportHeartbeat) {
        this.reportHeartbeat = reportHeartbeat;
    }

    @Override
    public void handle(Context ctx) {
        HeartbeatRequest request = Json.read(ctx.body(), HeartbeatRequest.class);
        var node = NodeRequests.nodeId(Fields.required("node_id", request.nodeId()));
        double cpu = Fields.required("cpu_load", request.cpuLoad()).doubleValue();
        double memory = Fields.required("memory_usage", request.memoryUsage()).doubleValue();
        double network = Fields.required("network_speed", request.networkSpeed()).doubleValue();
        reportHeartbeat.report(Fields.checked("cpu_load",
                () -> new ReportHeartbeat.Command(node, NodeRequests.key(ctx), cpu, memory, network)));
        ctx.json(Envelope.ok(Map.of()));
    }
}
