package spanel.adapter.http.node;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.math.BigDecimal;
import java.time.Instant;
import spanel.adapter.http.support.CachedJson;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.node.port.in.GetNodeInfo;
import spanel.domain.node.Node;

/** GET /app/api/v0/node/info/{node_id}: the node's configuration and what it last reported. */
public final class NodeInfoHandler implements Handler {

    record NodeInfoJson(long id, String name, String server, int sort, String method, BigDecimal trafficRate,
            int nodeClass, int nodeGroup, int nodeSpeedlimit, long nodeBandwidth, long nodeBandwidthLimit,
            Object customConfig, Long nodeHeartbeat, Integer online, String load) {
    }

    private final GetNodeInfo getNodeInfo;

    public NodeInfoHandler(GetNodeInfo getNodeInfo) {
        this.getNodeInfo = getNodeInfo;
    }

    @Override
    public void handle(Context ctx) {
        var id = NodeRequests.nodeId(Fields.pathId(ctx, "node_id"));
        var info = getNodeInfo.info(id, NodeRequests.key(ctx));
        Node node = info.node();
        var status = info.status();
        CachedJson.send(ctx, Envelope.ok(new NodeInfoJson(node.id().value(), node.name(), node.server(), node.sort(),
                node.method(), node.rate().toDecimal().stripTrailingZeros(), node.nodeClass(), node.nodeGroup(),
                node.speedLimit(), node.bandwidth(), node.bandwidthLimit(), CustomConfig.asObject(node.customConfig()),
                node.heartbeat().map(Instant::getEpochSecond).orElse(null),
                status.online().isPresent() ? status.online().getAsInt() : null, status.load().orElse(null))));
    }
}
