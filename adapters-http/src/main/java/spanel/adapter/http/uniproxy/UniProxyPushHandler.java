package spanel.adapter.http.uniproxy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spanel.adapter.http.support.InvalidRequest;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.node.port.in.ResolveNodeId;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficReport;
import spanel.domain.user.UserId;

/**
 * POST push: {"<uid>":[upload, download], ...}, counted exactly as /node/traffic counts a report.
 * Entries that are not a user id with two whole byte counts are dropped, as V2board drops them.
 */
public final class UniProxyPushHandler implements Handler {

    private final ResolveNodeId resolveNodeId;
    private final ReportTraffic reportTraffic;
    private final int maxEntries;

    public UniProxyPushHandler(ResolveNodeId resolveNodeId, ReportTraffic reportTraffic, int maxEntries) {
        this.resolveNodeId = resolveNodeId;
        this.reportTraffic = reportTraffic;
        this.maxEntries = maxEntries;
    }

    @Override
    public void handle(Context ctx) {
        NodeId node = UniProxy.nodeId(ctx, resolveNodeId);
        List<TrafficReport.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : UniProxy.objectBody(ctx).properties()) {
            long user = UniProxy.userId(field.getKey());
            JsonNode pair = field.getValue();
            if (user > 0 && pair.isArray() && pair.size() == 2 && bytes(pair.get(0)) && bytes(pair.get(1))) {
                entries.add(new TrafficReport.Entry(UserId.of(user), pair.get(0).asLong(), pair.get(1).asLong()));
            }
        }
        if (entries.size() > maxEntries) {
            throw InvalidRequest.field("body", "at most " + maxEntries + " users per push");
        }
        if (!entries.isEmpty()) {
            reportTraffic.report(new ReportTraffic.Command(new TrafficReport(node, Optional.empty(), entries),
                    UniProxy.token(ctx)));
        }
        ctx.json(UniProxy.Done.TRUE);
    }

    private static boolean bytes(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong() && TrafficReport.isBytes(value.asLong());
    }
}
