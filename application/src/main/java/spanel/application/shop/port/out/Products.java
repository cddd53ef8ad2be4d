package spanel.application.shop.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;

/** The products for sale, enabled or not. */
public interface Products {

    List<Product> all();

    ProductId add(ProductSpec spec);

    Optional<Product> find(ProductId id);

    /** Replaces what an admin describes of a product; false when there is no such product. */
    boolean replace(ProductId id, ProductSpec spec);

    /**
     * Takes one unit of a product's limited stock in one guarded update ({@code stock > 0}); false
     * when none is left. A product with unlimited stock has nothing to take and answers false too.
     */
    boolean takeOneFromStock(ProductId id);

    /** Which of these ids name no product. */
    Set<ProductId> missing(Set<ProductId> ids);
}
