package spanel.adapter.http.shop;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.ProductView;
import spanel.application.shop.port.in.ListPurchases;
import spanel.application.shop.port.in.ListPurchasesQuery;
import spanel.domain.page.PageRequest;
import spanel.domain.shop.PastPurchase;

/**
 * GET /app/api/v0/user/bought?limit=&page= → {"items":[...],"count","total","page","limit"},
 * newest first; limit 1..100 (20 when left out), page from 1.
 */
public final class ListPurchasesHandler implements Handler {

    record Item(long id, long shopId, String shopName, String price, String paid, String coupon,
            Map<String, Object> content, String createdAt) {

        static Item of(PastPurchase purchase) {
            return new Item(purchase.id(), purchase.productId(), purchase.productName(), purchase.price().toDecimalString(),
                    purchase.paid().toDecimalString(), purchase.couponCode().orElse(null),
                    ProductView.content(purchase.content()), purchase.createdAt().toString());
        }
    }

    record Items(List<Item> items, int count, long total, int page, int limit) {
    }

    private final ListPurchases listPurchases;

    public ListPurchasesHandler(ListPurchases listPurchases) {
        this.listPurchases = listPurchases;
    }

    @Override
    public void handle(Context ctx) {
        long limit = Fields.queryWhole(ctx, "limit").orElse((long) PageRequest.DEFAULT_SIZE);
        long page = Fields.queryWhole(ctx, "page").orElse(1L);
        if (limit < 1 || limit > PageRequest.MAX_SIZE) {
            throw InvalidRequest.field("limit", "must be from 1 to " + PageRequest.MAX_SIZE);
        }
        if (page < 1 || page > Integer.MAX_VALUE) {
            throw InvalidRequest.field("page", "must be 1 or more");
        }
        var found = listPurchases.list(new ListPurchasesQuery(Callers.of(ctx).userId(),
                new PageRequest((int) page, (int) limit)));
        List<Item> items = found.items().stream().map(Item::of).toList();
        ctx.json(Envelope.ok(new Items(items, items.size(), found.total(), (int) page, (int) limit)));
    }
}
