package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportOnline;
import spanel.domain.node.NodeId;

/**
 * POST /mod_mu/nodes/{id}/info, the status report only clients older than 2023.2 send:
 * {"uptime":"86400","load":"0.12 0.45 0.30"}. The load is kept like any online report.
 */
public final class ModMuNodeStatusHandler implements Handler {

    record StatusRequest(String uptime, String load) {
    }

    private final ReportOnline reportOnline;

    public ModMuNodeStatusHandler(ReportOnline reportOnline) {
        this.reportOnline = reportOnline;
    }

    @Override
    public void handle(Context ctx) {
        NodeId node = ModMu.pathNodeId(ctx);
        StatusRequest request = Json.read(ctx.body(), StatusRequest.class);
        String load = request.load() == null ? "" : request.load();
        reportOnline.report(Fields.checked("load",
                () -> new ReportOnline.Command(node, ModMu.key(ctx), 0, load)));
        ctx.json(ModMu.Data.of("ok"));
    }
}
