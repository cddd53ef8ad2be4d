package spanel.adapter.http.node;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import spanel.adapter.http.support.CachedJson;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.MappedList;
import spanel.application.node.port.in.ListNodeUsers;

/** GET /app/api/v0/node/users?node_id= : the users a node may serve, ETag'd. */
public final class NodeUsersHandler implements Handler {

    record UsersData(List<NodeUserJson> users, int count) {
    }

    private final ListNodeUsers listNodeUsers;

    public NodeUsersHandler(ListNodeUsers listNodeUsers) {
        this.listNodeUsers = listNodeUsers;
    }

    @Override
    public void handle(Context ctx) {
        var node = Fields.queryId(ctx, "node_id").map(NodeRequests::nodeId);
        var listed = listNodeUsers.list(new ListNodeUsers.Query(node, NodeRequests.key(ctx)));
        List<NodeUserJson> users = MappedList.of(listed.users(), NodeUserJson::of);
        CachedJson.send(ctx, Envelope.ok(new UsersData(users, users.size())));
    }
}
