package spanel.adapter.http.payment;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.application.payment.port.in.TopUpQueries;
import spanel.domain.payment.OrderStatus;

/** GET /app/api/v0/payment/orders?status=&page=&size= → {"orders":[...],"count","total","page","size"}: the caller's own orders. */
public final class ListTopUpOrdersHandler implements Handler {

    private final TopUpQueries queries;

    public ListTopUpOrdersHandler(TopUpQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        var status = Fields.queryWhole(ctx, "status").map(s -> Fields.checked("status", () -> OrderStatus.fromCode(s)));
        var orders = queries.orders(new TopUpQueries.OrdersQuery(Callers.of(ctx).userId(), status, Fields.page(ctx)));
        ctx.json(Envelope.ok(Listing.of("orders", orders, OrderJson::of)));
    }
}
