package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import spanel.adapter.http.node.NodeRequests;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportAliveIps;

/** POST /mod_mu/users/aliveip?node_id=N */
public final class ModMuAliveIpHandler implements Handler {

    record AliveIpRequest(List<NodeRequests.AliveEntry> data) {
    }

    private final ReportAliveIps reportAliveIps;

    public ModMuAliveIpHandler(ReportAliveIps reportAliveIps) {
        this.reportAliveIps = reportAliveIps;
    }

    @Override
    public void handle(Context ctx) {
        var node = ModMu.nodeId(ctx);
        AliveIpRequest request = Json.read(ctx.body(), AliveIpRequest.class);
        reportAliveIps.report(new ReportAliveIps.Command(node, ModMu.key(ctx), NodeRequests.aliveIps(request.data())));
        ctx.json(ModMu.Message.OK);
    }
}
