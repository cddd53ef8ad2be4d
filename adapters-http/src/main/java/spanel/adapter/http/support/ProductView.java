package spanel.adapter.http.support;

import java.util.Map;
import spanel.domain.shop.PlanContent;
import spanel.domain.shop.Product;

/** A product on the wire, to admins and in the shop alike: price as a two-decimal string, status 1 on sale / 0 disabled, stock null for unlimited. */
public record ProductView(long id, String name, String price, Map<String, Object> content, int status, Integer stock) {

    public static ProductView of(Product product) {
        var spec = product.spec();
        return new ProductView(product.id().value(), spec.name(), spec.price().toDecimalString(), content(spec.content()),
                spec.enabled() ? 1 : 0, spec.stock().isPresent() ? spec.stock().getAsInt() : null);
    }

    /** A package's content with its field names on the wire (docs/PLANS.md, What a package grants); what it leaves out is left out. */
    public static Map<String, Object> content(PlanContent content) {
        return content.fields();
    }
}
