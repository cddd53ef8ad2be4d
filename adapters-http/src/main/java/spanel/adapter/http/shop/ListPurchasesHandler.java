package spanel.adapter.http.shop;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.adapter.http.support.ProductView;
import spanel.application.shop.port.in.ShopQueries;
import spanel.domain.shop.PastPurchase;
import spanel.domain.shop.Purchase;

/**
 * GET /app/api/v0/user/bought?page=&size= → {"items":[...],"count","total","page","size"}, newest
 * first. {@code limit} is taken for {@code size}, the name the panel's first contract gave it.
 */
public final class ListPurchasesHandler implements Handler {

    record Item(long id, long shopId, String shopName, String price, String paid, String coupon,
            Map<String, Object> content, String createdAt) {

        static Item of(PastPurchase past) {
            Purchase purchase = past.purchase();
            return new Item(past.id().value(), purchase.productId().value(), purchase.productName(), purchase.price().toDecimalString(),
                    purchase.paid().toDecimalString(), purchase.couponCode().orElse(null),
                    ProductView.content(purchase.content()), past.createdAt().toString());
        }
    }

    private final ShopQueries queries;

    public ListPurchasesHandler(ShopQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        var found = queries.purchases(new ShopQueries.PurchasesQuery(Callers.of(ctx).userId(), Fields.page(ctx, "limit")));
        ctx.json(Envelope.ok(Listing.of("items", found, Item::of)));
    }
}
