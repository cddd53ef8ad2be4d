package spanel.adapter.http.user;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.application.user.port.in.DeviceQueries;
import spanel.application.user.port.in.RemoveDevices;
import spanel.domain.user.Device;
import spanel.domain.user.UserId;

/**
 * The devices proxy clients registered with x-hwid: the user's own under /user/devices, any user's
 * under /admin/users/{id}/devices. Removing a device frees its place under the device limit; the
 * device's next fetch registers it again if there is room.
 */
public final class DeviceHandlers {

    record DeviceView(long id, String os, String osVersion, String model, String app, String firstSeenAt,
            String lastSeenAt) {
        static DeviceView of(Device device) {
            return new DeviceView(device.id(), device.info().os(), device.info().osVersion(), device.info().model(),
                    device.info().app(), device.firstSeenAt().toString(), device.lastSeenAt().toString());
        }
    }

    record Removed(long userId, int removed) {
    }

    private final DeviceQueries queries;
    private final RemoveDevices remove;

    public DeviceHandlers(DeviceQueries queries, RemoveDevices remove) {
        this.queries = queries;
        this.remove = remove;
    }

    private static Map<String, Object> listing(Context ctx, List<Device> devices) {
        return Listing.of("devices", devices, Fields.page(ctx), DeviceView::of);
    }

    /** GET /user/devices?page=&size=. */
    public void listOwn(Context ctx) {
        ctx.json(Envelope.ok(listing(ctx, queries.devicesOf(Callers.of(ctx).userId()))));
    }

    /** DELETE /user/devices/{id}: only the caller's own; another's is a 404. */
    public void removeOwn(Context ctx) {
        long device = Fields.pathId(ctx, "id");
        var done = remove.remove(new RemoveDevices.Command(Optional.empty(), Callers.of(ctx).userId(),
                OptionalLong.of(device)));
        ctx.json(Envelope.ok(new Removed(done.owner().value(), done.removed())));
    }

    /** GET /admin/users/{id}/devices?page=&size=. */
    public void listOfUser(Context ctx) {
        ctx.json(Envelope.ok(listing(ctx, queries.devicesOf(new UserId(Fields.pathId(ctx, "id"))))));
    }

    /** DELETE /admin/users/{id}/devices (all of them) and /admin/users/{id}/devices/{device} (one); audited. */
    public void removeOfUser(Context ctx) {
        UserId owner = new UserId(Fields.pathId(ctx, "id"));
        OptionalLong device = ctx.pathParamMap().containsKey("device")
                ? OptionalLong.of(Fields.pathId(ctx, "device")) : OptionalLong.empty();
        var done = remove.remove(new RemoveDevices.Command(Optional.of(Callers.of(ctx).userId()), owner, device));
        ctx.json(Envelope.ok(new Removed(done.owner().value(), done.removed())));
    }
}
