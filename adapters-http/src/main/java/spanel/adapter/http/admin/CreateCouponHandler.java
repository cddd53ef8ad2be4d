package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.shop.port.in.CreateCoupon;

/** POST /app/api/v0/admin/coupons → {"id"}. */
public final class CreateCouponHandler implements Handler {

    private final CreateCoupon createCoupon;

    public CreateCouponHandler(CreateCoupon createCoupon) {
        this.createCoupon = createCoupon;
    }

    @Override
    public void handle(Context ctx) {
        var spec = CouponRequests.newCoupon(Fields.object(ctx));
        var created = createCoupon.create(new CreateCoupon.Command(Callers.of(ctx).userId(), spec));
        ctx.json(Envelope.ok(Map.of("id", created.id().value())));
    }
}
