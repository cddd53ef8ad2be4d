package spanel.adapter.http.admin;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.application.node.port.in.CreateNode;
import spanel.application.node.port.in.DeleteNode;
import spanel.application.node.port.in.RotateNodeKey;
import spanel.application.node.port.in.RotateServerKey;
import spanel.application.node.port.in.UpdateNode;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeOverview;
import spanel.domain.node.TrafficRate;

/** /app/api/v0/admin/nodes: one handler method per route, each calling one use case. */
public final class NodeAdminHandlers {

    /** {@code load} is the node's own words, {@code load_percent} the CPU in use as every backend's report becomes it. */
    record StatusLine(long id, String name, int status, Integer online, String load, Integer loadPercent,
            Long heartbeatAge, long trafficToday) {
        static StatusLine of(NodeOverview overview) {
            var s = overview.status();
            return new StatusLine(overview.node().id().value(), overview.node().name(), overview.node().enabled() ? 1 : 0,
                    s.online().isPresent() ? s.online().getAsInt() : null, s.load().orElse(null),
                    s.loadPercent().isPresent() ? s.loadPercent().getAsInt() : null,
                    overview.heartbeatAge().map(Duration::toSeconds).orElse(null), overview.trafficToday());
        }
    }

    private final NodeAdminUseCases useCases;

    public NodeAdminHandlers(NodeAdminUseCases useCases) {
        this.useCases = useCases;
    }

    public void list(Context ctx) {
        ctx.json(Envelope.ok(Listing.of("nodes", useCases.queries().nodes(), Fields.page(ctx), NodeView::of)));
    }

    public void show(Context ctx) {
        ctx.json(Envelope.ok(NodeView.of(useCases.queries().node(id(ctx)))));
    }

    /** {"name", ...settings} → {"id","key"}: the node's own key, shown this once. */
    public void create(Context ctx) {
        var json = Fields.object(ctx);
        NodeChanges settings = NodeSettings.changes(json);
        String name = Fields.required("name", settings.name().orElse(null));
        var created = useCases.create().create(Fields.checked("name", () -> new CreateNode.Command(name,
                settings.nodeClass().orElse(0), settings.nodeGroup().orElse(0), settings.rate().orElse(TrafficRate.ONE),
                settings, Optional.of(Callers.of(ctx).userId()))));
        ctx.json(Envelope.ok(Map.of("id", created.id().value(), "key", created.key())));
    }

    public void update(Context ctx) {
        NodeId id = id(ctx);
        NodeChanges changes = NodeSettings.changes(Fields.object(ctx));
        ctx.json(Envelope.ok(NodeView.of(useCases.update().update(new UpdateNode.Command(Callers.of(ctx).userId(), id,
                changes)))));
    }

    public void delete(Context ctx) {
        NodeId deleted = useCases.delete().delete(new DeleteNode.Command(Callers.of(ctx).userId(), id(ctx)));
        ctx.json(Envelope.ok(Map.of("id", deleted.value())));
    }

    public void rotateKey(Context ctx) {
        var rotated = useCases.rotateKey().rotate(new RotateNodeKey.Command(Callers.of(ctx).userId(), id(ctx)));
        ctx.json(Envelope.ok(Map.of("id", rotated.id().value(), "key", rotated.key())));
    }

    /** A Shadowsocks-2022 node's new server key: {"id","server_key"}. */
    public void rotateServerKey(Context ctx) {
        var rotated = useCases.rotateServerKey().rotate(new RotateServerKey.Command(Callers.of(ctx).userId(), id(ctx)));
        ctx.json(Envelope.ok(Map.of("id", rotated.id().value(), "server_key", rotated.serverKey())));
    }

    public void status(Context ctx) {
        ctx.json(Envelope.ok(Listing.of("nodes", useCases.status().overview(), Fields.page(ctx), StatusLine::of)));
    }

    private static NodeId id(Context ctx) {
        long id = Fields.pathId(ctx, "id");
        return Fields.checked("id", () -> NodeId.of(id));
    }
}
