package spanel.domain.shop;

import java.util.Objects;

/** A stored product. */
public record Product(long id, ProductSpec spec) {

    public Product {
        Objects.requireNonNull(spec, "spec");
        if (id <= 0) {
            throw new IllegalArgumentException("a product id is positive");
        }
    }
}
