package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.application.shop.port.in.ShopQueries;

/** GET /app/api/v0/admin/coupons?page=&size= → {"coupons":[...],"count","total","page","size"}. */
public final class ListCouponsHandler implements Handler {

    private final ShopQueries queries;

    public ListCouponsHandler(ShopQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(Envelope.ok(Listing.of("coupons", queries.coupons(), Fields.page(ctx), CouponView::of)));
    }
}
