package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.shop.port.in.UpdateCoupon;
import spanel.domain.shop.CouponId;

/** PUT /app/api/v0/admin/coupons/{id}: the fields sent change, the rest stay → the coupon. */
public final class UpdateCouponHandler implements Handler {

    private final UpdateCoupon updateCoupon;

    public UpdateCouponHandler(UpdateCoupon updateCoupon) {
        this.updateCoupon = updateCoupon;
    }

    @Override
    public void handle(Context ctx) {
        CouponId id = new CouponId(Fields.pathId(ctx, "id"));
        var changes = CouponRequests.changes(Fields.object(ctx));
        var updated = updateCoupon.update(new UpdateCoupon.Command(Callers.of(ctx).userId(), id, changes));
        ctx.json(Envelope.ok(CouponView.of(updated)));
    }
}
