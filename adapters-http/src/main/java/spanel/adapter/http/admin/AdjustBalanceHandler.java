package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.application.admin.port.in.AdjustBalance;
import spanel.application.admin.port.in.AdjustBalanceCommand;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** POST /app/api/v0/admin/users/{id}/balance {"amount":"-5.00","reason":"..."} → {"id","money"}. */
public final class AdjustBalanceHandler implements Handler {

    record Adjusted(long id, String money) {
    }

    private final AdjustBalance adjustBalance;

    public AdjustBalanceHandler(AdjustBalance adjustBalance) {
        this.adjustBalance = adjustBalance;
    }

    @Override
    public void handle(Context ctx) {
        UserId user = new UserId(Fields.pathId(ctx, "id"));
        var json = Fields.object(ctx);
        var amount = Fields.required("amount", Fields.decimal(json, "amount", "amount").orElse(null));
        long fen = Fields.checked("amount", () -> Money.toFen(amount));
        String reason = Fields.required("reason", Fields.text(json, "reason", "reason").orElse(null));
        if (fen == 0) {
            throw InvalidRequest.field("amount", "must not be zero");
        }
        var command = Fields.rule(() -> new AdjustBalanceCommand(Callers.of(ctx).userId(), user, fen, reason));
        var adjusted = adjustBalance.adjust(command);
        ctx.json(Envelope.ok(new Adjusted(adjusted.user().value(), adjusted.balance().toDecimalString())));
    }
}
