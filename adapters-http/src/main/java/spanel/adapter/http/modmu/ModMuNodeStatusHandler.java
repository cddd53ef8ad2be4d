package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportHeartbeat;
import spanel.domain.node.NodeId;

/**
 * POST /mod_mu/nodes/{id}/info, the status report only clients older than 2023.2 send:
 * {"uptime":"86400","load":"0.12 0.45 0.30"}, the CPU, memory and disk usage as fractions. It is
 * the node's heartbeat; it says nothing of online users, so it leaves that count alone.
 */
public final class ModMuNodeStatusHandler implements Handler {

    record StatusRequest(String uptime, String load) {
    }

    private final ReportHeartbeat reportHeartbeat;

    public ModMuNodeStatusHandler(ReportHeartbeat reportHeartbeat) {
        this.reportHeartbeat = reportHeartbeat;
    }

    @Override
    public void handle(Context ctx) {
        NodeId node = ModMu.pathNodeId(ctx);
        StatusRequest request = Json.read(ctx.body(), StatusRequest.class);
        double[] usage = usage(request.load());
        reportHeartbeat.report(Fields.checked("load",
                () -> new ReportHeartbeat.Command(node, ModMu.key(ctx), usage[0], usage[1] * 100, 0)));
        ctx.json(ModMu.Data.of("ok"));
    }

    /** CPU and memory from "cpu mem disk"; a missing load counts as none. */
    private static double[] usage(String load) {
        if (load == null || load.isBlank()) {
            return new double[] {0, 0};
        }
        String[] parts = load.strip().split("\\s+");
        try {
            return new double[] {Double.parseDouble(parts[0]), parts.length > 1 ? Double.parseDouble(parts[1]) : 0};
        } catch (NumberFormatException e) {
            throw InvalidRequest.field("load", "three usage fractions such as \"0.12 0.45 0.30\"");
        }
    }
}
