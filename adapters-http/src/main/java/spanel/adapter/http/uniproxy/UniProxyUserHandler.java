package spanel.adapter.http.uniproxy;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;
import spanel.adapter.http.node.ListedNodeSettings;
import spanel.adapter.http.node.ShadowsocksSettings;
import spanel.adapter.http.support.CachedJson;
import spanel.adapter.http.support.KeptGzip;
import spanel.adapter.http.support.MappedList;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.application.node.port.in.ResolveNodeId;
import spanel.domain.node.Node;
import spanel.domain.node.NodeUser;

/**
 * GET user: {"users":[{"id","uuid","speed_limit","device_limit"}]}, null for "no limit", ETag'd.
 * V2bX and XrayR (NewV2board) make a Shadowsocks user's credential from the uuid field: the
 * password is the field itself, a 2022 key is base64 of its first 16 or 32 characters. So a
 * Shadowsocks node gets in that field what gives the credential mod_mu and the subscriptions use,
 * as the node's credential setting says: the password, or for 2022 the text the key is cut from.
 * Of the node, only what {@link ListedNodeSettings} holds is read: nodes alike in it share one body.
 */
public final class UniProxyUserHandler implements Handler {

    record User(long id, String uuid, Integer speedLimit, Integer deviceLimit) {
        static User of(NodeUser user, Node node) {
            String credential = node.isShadowsocks()
                    ? ShadowsocksSettings.credentialOf(node).nodeUuid(user.uuid(), user.passwd(), node.isSs2022())
                    : user.uuid();
            return new User(user.id(), credential, user.speedLimit() > 0 ? user.speedLimit() : null,
                    user.ipLimit() > 0 ? user.ipLimit() : null);
        }
    }

    record Users(List<User> users) {
    }

    private final ResolveNodeId resolveNodeId;
    private final ListNodeUsers listNodeUsers;
    private final KeptGzip kept = new KeptGzip();

    public UniProxyUserHandler(ResolveNodeId resolveNodeId, ListNodeUsers listNodeUsers) {
        this.resolveNodeId = resolveNodeId;
        this.listNodeUsers = listNodeUsers;
    }

    @Override
    public void handle(Context ctx) {
        var listed = listNodeUsers.list(new ListNodeUsers.Query(Optional.of(UniProxy.nodeId(ctx, resolveNodeId)), UniProxy.token(ctx),
                ListNodeUsers.Served.CREDENTIALS, CachedJson.knownVersions(ctx)));
        Node node = listed.node().orElseThrow();
        CachedJson.sendVersioned(ctx, listed.version(), listed.unchanged(), kept, new KeptGzip.Body(listed.users(),
                ListedNodeSettings.of(node), () -> new Users(MappedList.of(listed.users(), user -> User.of(user, node)))));
    }
}
