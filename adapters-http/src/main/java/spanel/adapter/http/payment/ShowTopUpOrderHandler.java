package spanel.adapter.http.payment;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.payment.port.in.TopUpQueries;
import spanel.domain.payment.OrderId;

/** GET /app/api/v0/payment/status/{order_id} → {"id","order_id","status","total"} (as at creation); 404 for anyone but the owner. */
public final class ShowTopUpOrderHandler implements Handler {

    record Status(long id, long orderId, int status, String total) {
    }

    private final TopUpQueries queries;

    public ShowTopUpOrderHandler(TopUpQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        var order = queries.order(Callers.of(ctx).userId(), new OrderId(Fields.pathId(ctx, "order_id")));
        ctx.json(Envelope.ok(new Status(order.id().value(), order.id().value(), order.status().code(), order.total().toDecimalString())));
    }
}
