package spanel.adapter.http.uniproxy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportHeartbeat;
import spanel.application.node.port.in.ResolveNodeId;

/**
 * POST status, Xboard's machine report: {"cpu":37.5,"mem":{"total":8589934592,"used":4294967296},
 * "swap":{...},"disk":{...}}, the CPU in use as a percentage and memory in bytes. It is the node's
 * heartbeat and load, as /node/heartbeat records them: the CPU as a share of 1, memory as a
 * percentage. Fields it does not read (swap, disk, anything a backend adds) are left alone.
 */
public final class UniProxyStatusHandler implements Handler {

    private final ResolveNodeId resolveNodeId;
    private final ReportHeartbeat reportHeartbeat;

    public UniProxyStatusHandler(ResolveNodeId resolveNodeId, ReportHeartbeat reportHeartbeat) {
        this.resolveNodeId = resolveNodeId;
        this.reportHeartbeat = reportHeartbeat;
    }

    @Override
    public void handle(Context ctx) {
        var node = UniProxy.nodeId(ctx, resolveNodeId);
        JsonNode body = Json.read(ctx.bodyAsBytes(), JsonNode.class);
        JsonNode cpu = body.path("cpu");
        if (!cpu.isNumber() || !(cpu.asDouble() >= 0 && cpu.asDouble() <= 100)) {
            throw InvalidRequest.field("cpu", "the CPU in use, a percentage from 0 to 100");
        }
        double memory = memoryPercent(body.path("mem"));
        reportHeartbeat.report(Fields.checked("cpu", () -> new ReportHeartbeat.Command(node, UniProxy.token(ctx),
                cpu.asDouble() / 100, memory, 0, Optional.empty())));
        ctx.json(UniProxy.Done.TRUE);
    }

    /** Used over total, as a percentage; 0 when the node sent no usable figure (memory is not shown as the load). */
    private static double memoryPercent(JsonNode mem) {
        double total = mem.path("total").asDouble(0);
        double used = mem.path("used").asDouble(0);
        return total > 0 && used >= 0 ? Math.min(100, used / total * 100) : 0;
    }
}
