package spanel.adapter.http.payment;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.payment.port.in.CreateTopUpCommand;
import spanel.application.payment.port.in.CreateTopUpOrder;
import spanel.application.payment.port.in.TopUpCreated;

/**
 * POST /app/api/v0/payment/create {"total","gateway"} → {"id","order_id","total","status","tradeno","datetime","payment_url"}:
 * the order's id as every order carries it, and again as {@code order_id}, the name the panel's first contract gave it here.
 */
public final class CreateTopUpHandler implements Handler {

    record Created(long id, long orderId, String total, int status, String tradeno, long datetime, String paymentUrl) {
    }

    private final CreateTopUpOrder create;

    public CreateTopUpHandler(CreateTopUpOrder create) {
        this.create = create;
    }

    @Override
    public void handle(Context ctx) {
        var json = Fields.object(ctx);
        var total = Fields.required("total", Fields.money(json, "total").orElse(null));
        String gateway = Fields.required("gateway", Fields.text(json, "gateway", "gateway").orElse(null));
        var command = Fields.rule(() -> new CreateTopUpCommand(Callers.of(ctx).userId(), total, gateway));
        TopUpCreated created = create.create(command);
        var order = created.order();
        ctx.json(Envelope.ok(new Created(order.id(), order.id(), order.total().toDecimalString(), order.status(), order.tradeNo(),
                order.createdAt().getEpochSecond(), created.paymentUrl())));
    }
}
