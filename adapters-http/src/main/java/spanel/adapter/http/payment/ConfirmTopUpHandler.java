package spanel.adapter.http.payment;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.application.payment.port.in.ConfirmTopUpByHand;
import spanel.domain.payment.OrderId;

/** POST /app/api/v0/payment/debug/confirm {"order_id"} → {"order_id","credited"}; registered only when DEBUG is on. */
public final class ConfirmTopUpHandler implements Handler {

    record ConfirmRequest(Long orderId) {
    }

    record Confirmed(long orderId, String credited) {
    }

    private final ConfirmTopUpByHand confirm;

    public ConfirmTopUpHandler(ConfirmTopUpByHand confirm) {
        this.confirm = confirm;
    }

    @Override
    public void handle(Context ctx) {
        long orderId = Fields.required("order_id", Json.body(ctx, ConfirmRequest.class).orderId());
        if (orderId <= 0) {
            throw InvalidRequest.field("order_id", "must be a positive whole number");
        }
        var confirmed = confirm.confirm(new ConfirmTopUpByHand.Command(Callers.of(ctx), OrderId.of(orderId)));
        ctx.json(Envelope.ok(new Confirmed(confirmed.orderId().value(), confirmed.credited().toDecimalString())));
    }
}
