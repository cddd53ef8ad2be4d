package spanel.adapter.http.uniproxy;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.application.node.port.in.ResolveNodeId;
import spanel.domain.node.NodeUser;

/**
 * GET alivelist: {"alive":{"<uid>":count}} for the node's device-limited users seen somewhere in the
 * last 90 s; {"alive":{}} when there are none (V2bX cannot read [] there).
 */
public final class UniProxyAliveListHandler implements Handler {

    record Alive(Map<String, Integer> alive) {
    }

    private final ResolveNodeId resolveNodeId;
    private final ListNodeUsers listNodeUsers;

    public UniProxyAliveListHandler(ResolveNodeId resolveNodeId, ListNodeUsers listNodeUsers) {
        this.resolveNodeId = resolveNodeId;
        this.listNodeUsers = listNodeUsers;
    }

    @Override
    public void handle(Context ctx) {
        var listed = listNodeUsers.list(new ListNodeUsers.Query(Optional.of(UniProxy.nodeId(ctx, resolveNodeId)), UniProxy.token(ctx)));
        Map<String, Integer> alive = new TreeMap<>();
        for (NodeUser user : listed.users()) {
            if (user.ipLimit() > 0 && user.aliveIps() > 0) {
                alive.put(Long.toString(user.id()), user.aliveIps());
            }
        }
        ctx.json(new Alive(alive));
    }
}
