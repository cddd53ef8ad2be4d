package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;
import spanel.adapter.http.node.ListedNodeSettings;
import spanel.adapter.http.support.CachedJson;
import spanel.adapter.http.support.KeptGzip;
import spanel.adapter.http.support.MappedList;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.domain.node.Node;

/** GET /mod_mu/users?node_id=N */
public final class ModMuUsersHandler implements Handler {

    private final ListNodeUsers listNodeUsers;
    private final KeptGzip kept = new KeptGzip();

    public ModMuUsersHandler(ListNodeUsers listNodeUsers) {
        this.listNodeUsers = listNodeUsers;
    }

    @Override
    public void handle(Context ctx) {
        var listed = listNodeUsers.list(new ListNodeUsers.Query(Optional.of(ModMu.nodeId(ctx)), ModMu.key(ctx),
                ListNodeUsers.Served.CREDENTIALS_AND_DEVICES, CachedJson.knownVersions(ctx)));
        Node node = listed.node().orElseThrow();
        CachedJson.sendVersioned(ctx, listed.version(), listed.unchanged(), kept,
                new KeptGzip.Body(listed.users(), ListedNodeSettings.of(node), () -> ModMu.Data.of(
                        ModMuUser.servesUsers(node, node.method())
                                ? MappedList.of(listed.users(), user -> ModMuUser.of(user, node, node.method()))
                                : List.of())));
    }
}
