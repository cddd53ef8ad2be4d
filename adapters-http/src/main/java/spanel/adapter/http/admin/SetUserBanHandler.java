package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.admin.port.in.SetUserBan;
import spanel.domain.user.UserId;

/** POST /app/api/v0/admin/users/{id}/ban and /unban → {"id","banned"}. */
public final class SetUserBanHandler implements Handler {

    record BanView(long id, boolean banned) {
    }

    private final SetUserBan setUserBan;
    private final boolean banned;

    private SetUserBanHandler(SetUserBan setUserBan, boolean banned) {
        this.setUserBan = setUserBan;
        this.banned = banned;
    }

    public static SetUserBanHandler ban(SetUserBan setUserBan) {
        return new SetUserBanHandler(setUserBan, true);
    }

    public static SetUserBanHandler unban(SetUserBan setUserBan) {
        return new SetUserBanHandler(setUserBan, false);
    }

    @Override
    public void handle(Context ctx) {
        var set = setUserBan.set(new SetUserBan.Command(Callers.of(ctx).userId(), new UserId(Fields.pathId(ctx, "id")), banned));
        ctx.json(Envelope.ok(new BanView(set.user().value(), set.banned())));
    }
}
