package spanel.adapter.http.shop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Idempotency;
import spanel.adapter.http.support.InvalidRequest;
import spanel.application.request.port.in.AnswerOnce;
import spanel.application.shop.port.in.BuyPlan;
import spanel.domain.shop.ProductId;

/**
 * POST /app/api/v0/user/buy {"shop_id","coupon"?} → what was paid and the account's new state
 * (money as two-decimal strings, expiries in Unix seconds, traffic in bytes); once per Idempotency-Key.
 */
public final class BuyPlanHandler implements Handler {

    record Bought(long shopId, String shopName, String price, String paid, String newBalance, int newClass,
            long newClassExpire, long newExpireIn, long newTransferEnable, boolean trafficReset) {

        static Bought of(BuyPlan.PlanBought bought) {
            var after = bought.entitlement();
            return new Bought(bought.productId().value(), bought.productName(), bought.price().toDecimalString(),
                    bought.paid().toDecimalString(), bought.balance().toDecimalString(), after.userClass(),
                    after.classExpire().getEpochSecond(), after.expireIn().getEpochSecond(), after.transferEnable().bytes(),
                    bought.trafficReset());
        }
    }

    private final BuyPlan buyPlan;
    private final AnswerOnce once;

    public BuyPlanHandler(BuyPlan buyPlan, AnswerOnce once) {
        this.buyPlan = buyPlan;
        this.once = once;
    }

    @Override
    public void handle(Context ctx) {
        var command = purchase(ctx, Fields.object(ctx));
        Idempotency.answer(ctx, once, () -> Bought.of(buyPlan.buy(command)));
    }

    /** The caller's purchase as /user/buy and /user/checkout both name it: {"shop_id","coupon"?}. */
    public static BuyPlan.Command purchase(Context ctx, ObjectNode json) {
        long shopId = Fields.required("shop_id", Fields.whole(json, "shop_id", "shop_id").orElse(null));
        if (shopId <= 0) {
            throw InvalidRequest.field("shop_id", "a positive integer is required");
        }
        Optional<String> coupon = Fields.isNull(json, "coupon") ? Optional.empty() : Fields.text(json, "coupon", "coupon");
        return Fields.rule(() -> new BuyPlan.Command(Callers.of(ctx).userId(), ProductId.of(shopId), coupon));
    }
}
