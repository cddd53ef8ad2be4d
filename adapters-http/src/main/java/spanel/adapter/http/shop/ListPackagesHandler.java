package spanel.adapter.http.shop;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.ProductView;
import spanel.application.shop.port.in.ListPackages;

/** GET /app/api/v0/user/shop → {"packages":[{"id","name","price","content","status","stock"}],"count"}. */
public final class ListPackagesHandler implements Handler {

    record Packages(List<ProductView> packages, int count) {
    }

    private final ListPackages listPackages;

    public ListPackagesHandler(ListPackages listPackages) {
        this.listPackages = listPackages;
    }

    @Override
    public void handle(Context ctx) {
        List<ProductView> packages = listPackages.list().stream().map(ProductView::of).toList();
        ctx.json(Envelope.ok(new Packages(packages, packages.size())));
    }
}
