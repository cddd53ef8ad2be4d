package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.shop.port.in.CreateProduct;

/** POST /app/api/v0/admin/products → {"id"}. */
public final class CreateProductHandler implements Handler {

    private final CreateProduct createProduct;

    public CreateProductHandler(CreateProduct createProduct) {
        this.createProduct = createProduct;
    }

    @Override
    public void handle(Context ctx) {
        var spec = ProductRequests.newProduct(Fields.object(ctx));
        var created = createProduct.create(new CreateProduct.Command(Callers.of(ctx).userId(), spec));
        ctx.json(Envelope.ok(Map.of("id", created.id().value())));
    }
}
