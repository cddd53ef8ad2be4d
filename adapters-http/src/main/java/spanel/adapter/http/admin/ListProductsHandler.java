package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.adapter.http.support.ProductView;
import spanel.application.shop.port.in.ShopQueries;

/** GET /app/api/v0/admin/products?page=&size= → {"products":[...],"count","total","page","size"}, disabled ones included. */
public final class ListProductsHandler implements Handler {

    private final ShopQueries queries;

    public ListProductsHandler(ShopQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(Envelope.ok(Listing.of("products", queries.products(), Fields.page(ctx), ProductView::of)));
    }
}
