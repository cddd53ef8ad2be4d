package spanel.domain.shop;

import java.util.Objects;

/** A stored product. */
public record Product(ProductId id, ProductSpec spec) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
    }
}
