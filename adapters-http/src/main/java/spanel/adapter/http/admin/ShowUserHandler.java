package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.AccountView;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.admin.port.in.AdminQueries;
import spanel.domain.user.UserId;

/** GET /app/api/v0/admin/users/{id}. */
public final class ShowUserHandler implements Handler {

    private final AdminQueries queries;

    public ShowUserHandler(AdminQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(Envelope.ok(AccountView.forAdmin(queries.user(new UserId(Fields.pathId(ctx, "id"))))));
    }
}
