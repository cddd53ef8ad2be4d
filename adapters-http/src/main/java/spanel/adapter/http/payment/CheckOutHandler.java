package spanel.adapter.http.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import spanel.adapter.http.shop.BuyPlanHandler;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Idempotency;
import spanel.application.payment.port.in.CheckOutPlan;
import spanel.application.request.port.in.AnswerOnce;
import spanel.application.shop.port.in.BuyPlan;

/**
 * POST /app/api/v0/user/checkout {"shop_id","coupon"?,"gateway"?} → {"paid":true,"purchase_id","new_balance"}
 * when the balance covered the price, else {"paid":false,"order_id","tradeno","amount","payment_url"}
 * for the rest; once per Idempotency-Key.
 */
public final class CheckOutHandler implements Handler {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckedOut(boolean paid, Long purchaseId, String newBalance, Long orderId, String tradeno, String amount,
            String paymentUrl) {

        static CheckedOut of(CheckOutPlan.CheckedOut out) {
            return switch (out) {
                case CheckOutPlan.Bought bought -> new CheckedOut(true, bought.bought().purchaseId().value(),
                        bought.bought().balance().toDecimalString(), null, null, null, null);
                case CheckOutPlan.AwaitingPayment waiting -> new CheckedOut(false, null, null, waiting.order().id().value(),
                        waiting.order().tradeNo(), waiting.amount().toDecimalString(), waiting.paymentUrl());
            };
        }
    }

    private final CheckOutPlan checkOut;
    private final AnswerOnce once;

    public CheckOutHandler(CheckOutPlan checkOut, AnswerOnce once) {
        this.checkOut = checkOut;
        this.once = once;
    }

    @Override
    public void handle(Context ctx) {
        ObjectNode json = Fields.object(ctx);
        BuyPlan.Command purchase = BuyPlanHandler.purchase(ctx, json);
        Optional<String> gateway = Fields.isNull(json, "gateway") ? Optional.empty() : Fields.text(json, "gateway", "gateway");
        var command = Fields.rule(() -> new CheckOutPlan.Command(purchase, gateway));
        Idempotency.answer(ctx, once, () -> CheckedOut.of(checkOut.checkOut(command)));
    }
}
