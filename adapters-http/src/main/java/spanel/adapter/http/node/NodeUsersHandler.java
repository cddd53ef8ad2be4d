package spanel.adapter.http.node;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;
import spanel.adapter.http.support.CachedJson;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.MappedList;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.domain.node.Node;
import spanel.domain.node.ShadowsocksCredential;

/**
 * GET /app/api/v0/node/users?node_id= : the users a node may serve, ETag'd. A Shadowsocks node whose
 * users connect with their uuid ({@code credential: "uuid"}) gets it as each user's passwd.
 */
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
        Optional<ShadowsocksCredential> credential = listed.node()
                .filter(Node::isShadowsocks)
                .map(ShadowsocksSettings::credentialOf);
        List<NodeUserJson> users = MappedList.of(listed.users(), user -> NodeUserJson.of(user,
                credential.map(c -> c.password(user.uuid(), user.passwd())).orElse(user.passwd())));
        CachedJson.send(ctx, Envelope.ok(new UsersData(users, users.size())));
    }
}
