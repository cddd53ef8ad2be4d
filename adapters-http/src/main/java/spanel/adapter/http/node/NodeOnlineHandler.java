package spanel.adapter.http.node;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportOnline;

/** POST /app/api/v0/node/online */
public final class NodeOnlineHandler implements Handler {

    record OnlineRequest(Long nodeId, Integer online, String load) {
    }

    record OnlineAnswer(long nodeId, int online, String load) {
    }

    private final ReportOnline reportOnline;

    public NodeOnlineHandler(ReportOnline reportOnline) {
        this.reportOnline = reportOnline;
    }

    @Override
    public void handle(Context ctx) {
        OnlineRequest request = Json.read(ctx.body(), OnlineRequest.class);
        var node = NodeRequests.nodeId(Fields.required("node_id", request.nodeId()));
        int online = Fields.required("online", request.online());
        String load = Fields.required("load", request.load());
        var reported = reportOnline.report(
                Fields.checked("online", () -> new ReportOnline.Command(node, NodeRequests.key(ctx), online, load)));
        ctx.json(Envelope.ok(new OnlineAnswer(reported.node().value(), reported.online(), reported.load())));
    }
}
