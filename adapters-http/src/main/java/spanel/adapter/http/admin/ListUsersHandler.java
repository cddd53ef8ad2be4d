package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import spanel.adapter.http.support.AccountView;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.application.admin.port.in.AdminQueries;

/** GET /app/api/v0/admin/users?q=&page=&size= → {"users":[...],"count","total","page","size"}. */
public final class ListUsersHandler implements Handler {

    private final AdminQueries queries;

    public ListUsersHandler(AdminQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        var query = Fields.checked("q", () -> new AdminQueries.UsersQuery(Optional.ofNullable(ctx.queryParam("q")), Fields.page(ctx)));
        var page = queries.users(query);
        ctx.json(Envelope.ok(Listing.of("users", page, AccountView::forAdmin)));
    }
}
