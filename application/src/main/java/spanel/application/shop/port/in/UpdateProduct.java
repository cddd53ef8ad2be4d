package spanel.application.shop.port.in;

import spanel.domain.shop.Product;

/** An admin changes some parts of a product; the parts left out stay as they are. */
public interface UpdateProduct {

    Product update(UpdateProductCommand command);
}
