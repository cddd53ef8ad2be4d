package spanel.adapter.http.payment;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.OptionalInt;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Listing;
import spanel.application.payment.port.in.ListTopUpOrders;
import spanel.domain.payment.TopUpOrder;

/** GET /app/api/v0/payment/orders?status=&page=&size= → {"orders":[...],"count","total","page","size"}: the caller's own orders. */
public final class ListTopUpOrdersHandler implements Handler {

    private final ListTopUpOrders list;

    public ListTopUpOrdersHandler(ListTopUpOrders list) {
        this.list = list;
    }

    @Override
    public void handle(Context ctx) {
        OptionalInt status = Fields.queryWhole(ctx, "status").map(s -> {
            if (s < 0 || s > 2 || !TopUpOrder.isKnownStatus(s.intValue())) {
                throw InvalidRequest.field("status", "must be 0 (unpaid), 1 (paid) or 2 (closed)");
            }
            return OptionalInt.of(s.intValue());
        }).orElse(OptionalInt.empty());
        var orders = list.list(new ListTopUpOrders.Query(Callers.of(ctx).userId(), status, Fields.page(ctx)));
        ctx.json(Envelope.ok(Listing.of("orders", orders, OrderJson::of)));
    }
}
