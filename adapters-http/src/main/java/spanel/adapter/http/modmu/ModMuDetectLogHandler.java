package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import spanel.adapter.http.node.NodeRequests;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ReportDetections;
import spanel.domain.user.UserId;

/** POST /mod_mu/users/detectlog?node_id=N */
public final class ModMuDetectLogHandler implements Handler {

    record DetectLogRequest(List<NodeRequests.DetectionEntry> data) {
    }

    private final ReportDetections reportDetections;

    public ModMuDetectLogHandler(ReportDetections reportDetections) {
        this.reportDetections = reportDetections;
    }

    @Override
    public void handle(Context ctx) {
        var node = ModMu.nodeId(ctx);
        DetectLogRequest request = Json.read(ctx.body(), DetectLogRequest.class);
        List<NodeRequests.DetectionEntry> entries = Fields.required("data", request.data());
        List<ReportDetections.Hit> hits = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String at = "data[" + i + "]";
            NodeRequests.DetectionEntry entry = Fields.required(at, entries.get(i));
            long user = Fields.required(at + ".user_id", entry.userId());
            long rule = Fields.required(at + ".list_id", entry.listId());
            hits.add(Fields.checked(at + ".user_id", () -> new ReportDetections.Hit(UserId.of(user), rule)));
        }
        reportDetections.report(new ReportDetections.Command(node, ModMu.key(ctx), hits));
        ctx.json(ModMu.Message.OK);
    }
}
