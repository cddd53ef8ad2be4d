package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportHeartbeat;
import spanel.domain.node.NodeId;

/**
 * POST /mod_mu/nodes/{id}/info, the status report only clients older than 2023.2 send:
 * {"uptime":"86400","load":"0.12 0.45 0.30"}, the CPU, memory and disk usage as fractions. It is
 * the node's heartbeat, and its load text is the node's load on the dashboard (without one, its load
 * stays unknown rather than 0); it says nothing of
 * online users (those come from its alive IPs), so it leaves that count alone.
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
        Optional<String> load = loadText(request.load());
        if (load.isEmpty()) {
            reportHeartbeat.report(ReportHeartbeat.Command.unmeasured(node, ModMu.key(ctx)));
        } else {
            double[] usage = usage(load.get());
            reportHeartbeat.report(Fields.checked("load",
                    () -> new ReportHeartbeat.Command(node, ModMu.key(ctx), usage[0], usage[1] * 100, 0, load)));
        }
        ctx.json(ModMu.Data.of("ok"));
    }

    /** The load as sent, up to three fractions of one space each; none when the node sent none. */
    private static Optional<String> loadText(String load) {
        if (load == null || load.isBlank()) {
            return Optional.empty();
        }
        String[] parts = load.strip().split("\\s+");
        for (String part : parts) {
            if (parts.length > 3 || !part.matches("\\d{1,3}(\\.\\d{1,4})?")) {
                throw InvalidRequest.field("load", "three usage fractions such as \"0.12 0.45 0.30\"");
            }
        }
        return Optional.of(String.join(" ", parts));
    }

    /** CPU and memory from "cpu mem disk", as {@link #loadText} leaves it. */
    private static double[] usage(String load) {
        String[] parts = load.split(" ");
        return new double[] {Double.parseDouble(parts[0]), parts.length > 1 ? Double.parseDouble(parts[1]) : 0};
    }
}
