package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.ProductView;
import spanel.application.shop.port.in.DisableProduct;
import spanel.domain.shop.ProductId;

/** DELETE /app/api/v0/admin/products/{id}: disables, keeps the row → the product. */
public final class DisableProductHandler implements Handler {

    private final DisableProduct disableProduct;

    public DisableProductHandler(DisableProduct disableProduct) {
        this.disableProduct = disableProduct;
    }

    @Override
    public void handle(Context ctx) {
        ProductId id = new ProductId(Fields.pathId(ctx, "id"));
        ctx.json(Envelope.ok(ProductView.of(disableProduct.disable(new DisableProduct.Command(Callers.of(ctx).userId(), id)))));
    }
}
