package spanel.adapter.http.shop;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.adapter.http.support.ProductView;
import spanel.application.shop.port.in.ShopQueries;

/** GET /app/api/v0/user/shop?page=&size= → {"packages":[{"id","name","price","content","status","stock"}],"count","total","page","size"}. */
public final class ListPackagesHandler implements Handler {

    private final ShopQueries queries;

    public ListPackagesHandler(ShopQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(Envelope.ok(Listing.of("packages", queries.packages(), Fields.page(ctx), ProductView::of)));
    }
}
