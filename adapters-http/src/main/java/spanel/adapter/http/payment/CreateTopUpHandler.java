package spanel.adapter.http.payment;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Decimal;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.payment.port.in.CreateTopUpOrder;

/**
 * POST /app/api/v0/payment/create {"total","gateway"} → {"id","order_id","total","status","tradeno","datetime","payment_url"}:
 * the order's id as every order carries it, and again as {@code order_id}, the name the panel's first contract gave it here.
 */
public final class CreateTopUpHandler implements Handler {

    record CreateRequest(Decimal total, String gateway) {
    }

    record Created(long id, long orderId, String total, int status, String tradeno, long datetime, String paymentUrl) {
    }

    private final CreateTopUpOrder create;

    public CreateTopUpHandler(CreateTopUpOrder create) {
        this.create = create;
    }

    @Override
    public void handle(Context ctx) {
        CreateRequest request = Json.body(ctx, CreateRequest.class);
        var total = Fields.required("total", request.total()).money("total");
        String gateway = Fields.required("gateway", request.gateway());
        var command = Fields.rule(() -> new CreateTopUpOrder.Command(Callers.of(ctx).userId(), total, gateway));
        CreateTopUpOrder.TopUpCreated created = create.create(command);
        var order = created.order();
        ctx.json(Envelope.ok(new Created(order.id().value(), order.id().value(), order.total().toDecimalString(), order.status().code(), order.tradeNo(),
                order.createdAt().getEpochSecond(), created.paymentUrl())));
    }
}
