package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.ProductView;
import spanel.application.shop.port.in.UpdateProduct;
import spanel.domain.shop.ProductId;

/** PUT /app/api/v0/admin/products/{id}: the fields sent change, the rest stay → the product. */
public final class UpdateProductHandler implements Handler {

    private final UpdateProduct updateProduct;

    public UpdateProductHandler(UpdateProduct updateProduct) {
        this.updateProduct = updateProduct;
    }

    @Override
    public void handle(Context ctx) {
        ProductId id = new ProductId(Fields.pathId(ctx, "id"));
        var changes = ProductRequests.changes(Fields.object(ctx));
        var updated = updateProduct.update(new UpdateProduct.Command(Callers.of(ctx).userId(), id, changes));
        ctx.json(Envelope.ok(ProductView.of(updated)));
    }
}
