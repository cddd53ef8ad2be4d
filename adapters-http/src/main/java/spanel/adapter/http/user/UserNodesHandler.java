package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import spanel.adapter.http.subscription.NodeConnection;
import spanel.adapter.http.subscription.SubscriptionUser;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.application.user.port.in.ListUserNodes;
import spanel.domain.user.ProxyCredentials;

/**
 * GET /app/api/v0/user/nodes?page=&size=: the nodes the caller may use now (the node user list's rule), in
 * subscription order, each with its state from its last call-in, its users online and load, and how the
 * caller connects to it. A node no client could use (its subscription entry is left out and logged)
 * is left out here too.
 */
public final class UserNodesHandler implements Handler {

    record NodeItem(long id, String name, String server, int port, String protocol, BigDecimal trafficRate,
            int nodeClass, String state, Integer online, Integer loadPercent, NodeConnection connection) {
    }

    private final ListUserNodes listUserNodes;

    public UserNodesHandler(ListUserNodes listUserNodes) {
        this.listUserNodes = listUserNodes;
    }

    @Override
    public void handle(Context ctx) {
        var listed = listUserNodes.list(new ListUserNodes.Query(Callers.of(ctx).userId()));
        SubscriptionUser user = subscriptionUser(listed.account().credentials());
        List<NodeItem> items = listed.nodes().stream()
                .flatMap(entry -> NodeConnection.of(entry.node(), user).map(connection -> item(entry, connection)).stream())
                .toList();
        ctx.json(Envelope.ok(Listing.of("nodes", items, Fields.page(ctx), item -> item)));
    }

    private static NodeItem item(ListUserNodes.UserNode entry, NodeConnection connection) {
        var node = entry.node();
        return new NodeItem(node.id().value(), node.name(), node.server(), connection.port(), connection.protocol(),
                node.rate().toDecimal().stripTrailingZeros(), node.nodeClass(),
                entry.state().name().toLowerCase(Locale.ROOT),
                entry.online().isPresent() ? entry.online().getAsInt() : null,
                entry.loadPercent().isPresent() ? entry.loadPercent().getAsInt() : null, connection);
    }

    /** The credentials profiles and share links are made of. */
    public static SubscriptionUser subscriptionUser(ProxyCredentials credentials) {
        return new SubscriptionUser(credentials.uuid(), credentials.passwd(), credentials.method());
    }
}
