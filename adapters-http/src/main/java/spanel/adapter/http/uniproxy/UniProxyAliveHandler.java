package spanel.adapter.http.uniproxy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import spanel.adapter.http.support.IpAddresses;
import spanel.application.node.port.in.ReportAliveIps;
import spanel.application.node.port.in.ResolveNodeId;
import spanel.domain.user.UserId;

/** POST alive: {"<uid>":["ip", ...]}: the same alive-IP record as /node/alive_ip; malformed entries dropped. */
public final class UniProxyAliveHandler implements Handler {

    private final ResolveNodeId resolveNodeId;
    private final ReportAliveIps reportAliveIps;

    public UniProxyAliveHandler(ResolveNodeId resolveNodeId, ReportAliveIps reportAliveIps) {
        this.resolveNodeId = resolveNodeId;
        this.reportAliveIps = reportAliveIps;
    }

    @Override
    public void handle(Context ctx) {
        var node = UniProxy.nodeId(ctx, resolveNodeId);
        List<ReportAliveIps.Seen> seen = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : UniProxy.objectBody(ctx).properties()) {
            long user = UniProxy.userId(field.getKey());
            if (user > 0 && field.getValue().isArray()) {
                for (JsonNode ip : field.getValue()) {
                    if (ip.isTextual()) {
                        IpAddresses.canonical(ip.asText())
                                .ifPresent(address -> seen.add(new ReportAliveIps.Seen(UserId.of(user), address)));
                    }
                }
            }
        }
        reportAliveIps.report(new ReportAliveIps.Command(node, UniProxy.token(ctx), seen));
        ctx.json(UniProxy.Done.TRUE);
    }
}
