package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Decimal;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.application.admin.port.in.AdjustBalance;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** POST /app/api/v0/admin/users/{id}/balance {"amount":"-5.00","reason":"..."} → {"id","money"}. */
public final class AdjustBalanceHandler implements Handler {

    record BalanceRequest(Decimal amount, String reason) {
    }

    record Adjusted(long id, String money) {
    }

    private final AdjustBalance adjustBalance;

    public AdjustBalanceHandler(AdjustBalance adjustBalance) {
        this.adjustBalance = adjustBalance;
    }

    @Override
    public void handle(Context ctx) {
        UserId user = new UserId(Fields.pathId(ctx, "id"));
        BalanceRequest request = Json.body(ctx, BalanceRequest.class);
        var amount = Fields.required("amount", request.amount()).value();
        long fen = Fields.checked("amount", () -> Money.toFen(amount));
        String reason = Fields.required("reason", request.reason());
        if (fen == 0) {
            throw InvalidRequest.field("amount", "must not be zero");
        }
        var command = Fields.rule(() -> new AdjustBalance.Command(Callers.of(ctx).userId(), user, fen, reason));
        var adjusted = adjustBalance.adjust(command);
        ctx.json(Envelope.ok(new Adjusted(adjusted.user().value(), adjusted.balance().toDecimalString())));
    }
}
