package spanel.adapter.http.shop;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.domain.shop.ProductId;

/**
 * GET /app/api/v0/user/coupon?code=&shop_id= → {"code","shop_id","price","discount","final_price"},
 * or why the coupon does not apply (400 invalid_coupon, 409 coupon_exhausted). Changes nothing.
 */
public final class CheckCouponHandler implements Handler {

    record Quote(String code, long shopId, String price, String discount, String finalPrice) {

        static Quote of(CheckCoupon.CouponQuote quote) {
            return new Quote(quote.code(), quote.productId().value(), quote.price().toDecimalString(),
                    quote.discount().toDecimalString(), quote.finalPrice().toDecimalString());
        }
    }

    private final CheckCoupon checkCoupon;

    public CheckCouponHandler(CheckCoupon checkCoupon) {
        this.checkCoupon = checkCoupon;
    }

    @Override
    public void handle(Context ctx) {
        ProductId shopId = Fields.queryId(ctx, "shop_id").map(ProductId::of).orElseThrow(() -> InvalidRequest.field("shop_id", "is required"));
        String code = ctx.queryParam("code");
        var query = Fields.rule(() -> new CheckCoupon.Query(Callers.of(ctx).userId(), code, shopId));
        ctx.json(Envelope.ok(Quote.of(checkCoupon.check(query))));
    }
}
