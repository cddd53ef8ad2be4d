package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;
import spanel.adapter.http.support.CachedJson;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.domain.node.Node;

/** GET /mod_mu/users?node_id=N */
public final class ModMuUsersHandler implements Handler {

    private final ListNodeUsers listNodeUsers;

    public ModMuUsersHandler(ListNodeUsers listNodeUsers) {
        this.listNodeUsers = listNodeUsers;
    }

    @Override
    public void handle(Context ctx) {
        var listed = listNodeUsers.list(new ListNodeUsers.Query(Optional.of(ModMu.nodeId(ctx)), ModMu.key(ctx)));
        Node node = listed.node().orElseThrow();
        List<ModMuUser> users = listed.users().stream()
                .flatMap(user -> ModMuUser.of(user, node, node.method()).stream())
                .toList();
        CachedJson.send(ctx, ModMu.Data.of(users));
    }
}
