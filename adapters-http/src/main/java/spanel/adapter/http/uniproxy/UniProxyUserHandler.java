package spanel.adapter.http.uniproxy;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;
import spanel.adapter.http.support.CachedJson;
import spanel.adapter.http.support.MappedList;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.domain.node.NodeUser;

/** GET user: {"users":[{"id","uuid","speed_limit","device_limit"}]}, null for "no limit", ETag'd. */
public final class UniProxyUserHandler implements Handler {

    record User(long id, String uuid, Integer speedLimit, Integer deviceLimit) {
        static User of(NodeUser user) {
            return new User(user.id(), user.uuid(), user.speedLimit() > 0 ? user.speedLimit() : null,
                    user.ipLimit() > 0 ? user.ipLimit() : null);
        }
    }

    record Users(List<User> users) {
    }

    private final ListNodeUsers listNodeUsers;

    public UniProxyUserHandler(ListNodeUsers listNodeUsers) {
        this.listNodeUsers = listNodeUsers;
    }

    @Override
    public void handle(Context ctx) {
        var listed = listNodeUsers.list(new ListNodeUsers.Query(Optional.of(UniProxy.nodeId(ctx)), UniProxy.token(ctx),
                ListNodeUsers.Served.CREDENTIALS, CachedJson.knownVersions(ctx)));
        CachedJson.sendVersioned(ctx, listed.version(), listed.unchanged(),
                () -> new Users(MappedList.of(listed.users(), User::of)));
    }
}
