package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.shop.port.in.DisableCoupon;
import spanel.domain.shop.CouponId;

/** DELETE /app/api/v0/admin/coupons/{id}: disables, keeps the row → the coupon. */
public final class DisableCouponHandler implements Handler {

    private final DisableCoupon disableCoupon;

    public DisableCouponHandler(DisableCoupon disableCoupon) {
        this.disableCoupon = disableCoupon;
    }

    @Override
    public void handle(Context ctx) {
        CouponId id = new CouponId(Fields.pathId(ctx, "id"));
        ctx.json(Envelope.ok(CouponView.of(disableCoupon.disable(new DisableCoupon.Command(Callers.of(ctx).userId(), id)))));
    }
}
