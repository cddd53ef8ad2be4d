package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.application.admin.port.in.AdminQueries;
import spanel.domain.payment.OrderStatus;
import spanel.domain.user.UserId;

/** GET /app/api/v0/admin/orders?status=&user_id=&page=&size= → {"orders":[...],"count","total","page","size"}. */
public final class ListOrdersHandler implements Handler {

    private final AdminQueries queries;

    public ListOrdersHandler(AdminQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        var status = Fields.queryWhole(ctx, "status").map(s -> Fields.checked("status", () -> OrderStatus.fromCode(s)));
        var user = Fields.queryWhole(ctx, "user_id").map(id -> Fields.checked("user_id", () -> new UserId(id)));
        var page = queries.orders(new AdminQueries.OrdersQuery(status, user, Fields.page(ctx)));
        ctx.json(Envelope.ok(Listing.of("orders", page, OrderView::of)));
    }
}
