package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.AccountView;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.admin.port.in.UpdateUser;
import spanel.domain.user.UserId;

/** PUT /app/api/v0/admin/users/{id}: the fields sent change, the rest stay → the account. */
public final class UpdateUserHandler implements Handler {

    private final UpdateUser updateUser;

    public UpdateUserHandler(UpdateUser updateUser) {
        this.updateUser = updateUser;
    }

    @Override
    public void handle(Context ctx) {
        UserId user = new UserId(Fields.pathId(ctx, "id"));
        var changes = UserRequests.changes(Fields.object(ctx));
        var command = Fields.rule(() -> new UpdateUser.Command(Callers.of(ctx).userId(), user, changes));
        ctx.json(Envelope.ok(AccountView.forAdmin(updateUser.update(command))));
    }
}
