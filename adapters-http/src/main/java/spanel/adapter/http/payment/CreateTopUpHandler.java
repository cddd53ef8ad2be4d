package spanel.adapter.http.payment;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Decimal;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Idempotency;
import spanel.adapter.http.support.Json;
import spanel.application.payment.port.in.CreateTopUpOrder;
import spanel.application.request.port.in.AnswerOnce;

/**
 * POST /app/api/v0/payment/create {"total","gateway"} → {"id","order_id","total","status","tradeno","datetime","payment_url"}:
 * the order's id as every order carries it, and again as {@code order_id}, the name the panel's first contract gave it here.
 * Once per Idempotency-Key: a repeat gets the same order back, not a second one.
 */
public final class CreateTopUpHandler implements Handler {

    record CreateRequest(Decimal total, String gateway) {
    }

    record Created(long id, long orderId, String total, int status, String tradeno, long datetime, String paymentUrl) {
    }

    private final CreateTopUpOrder create;
    private final AnswerOnce once;

    public CreateTopUpHandler(CreateTopUpOrder create, AnswerOnce once) {
        this.create = create;
        this.once = once;
    }

    @Override
    public void handle(Context ctx) {
        CreateRequest request = Json.body(ctx, CreateRequest.class);
        var total = Fields.required("total", request.total()).money("total");
        String gateway = Fields.required("gateway", request.gateway());
        var command = Fields.rule(() -> new CreateTopUpOrder.Command(Callers.of(ctx).userId(), total, gateway));
        Idempotency.answerAroundACall(ctx, once, () -> {
            CreateTopUpOrder.TopUpCreated created = create.create(command);
            var order = created.order();
            return new Created(order.id().value(), order.id().value(), order.total().toDecimalString(), order.status().code(),
                    order.tradeNo(), order.createdAt().getEpochSecond(), created.paymentUrl());
        });
    }
}
