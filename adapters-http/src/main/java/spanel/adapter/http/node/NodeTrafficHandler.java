package spanel.adapter.http.node;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportTraffic;
import spanel.domain.node.AppliedReport;

/** POST /app/api/v0/node/traffic */
public final class NodeTrafficHandler implements Handler {

    record TrafficRequest(Long nodeId, String reportId, List<NodeRequests.TrafficEntry> data) {
    }

    record TrafficAnswer(int updatedCount, long nodeId, long totalTraffic) {
        static TrafficAnswer of(AppliedReport report) {
            return new TrafficAnswer(report.updatedCount(), report.node().value(), report.totalTraffic());
        }
    }

    private final ReportTraffic reportTraffic;
    private final int maxEntries;

    public NodeTrafficHandler(ReportTraffic reportTraffic, int maxEntries) {
        this.reportTraffic = reportTraffic;
        this.maxEntries = maxEntries;
    }

    @Override
    public void handle(Context ctx) {
        TrafficRequest request = Json.read(ctx.bodyAsBytes(), TrafficRequest.class);
        long nodeId = Fields.required("node_id", request.nodeId());
        var command = NodeRequests.traffic(nodeId, request.reportId(), request.data(), maxEntries, NodeRequests.key(ctx));
        ctx.json(Envelope.ok(TrafficAnswer.of(reportTraffic.report(command))));
    }
}
