package spanel.application.shop.port.in;

import spanel.domain.shop.Product;

/** An admin withdraws a product. It is kept, disabled, because past purchases refer to it. */
public interface DisableProduct {

    Product disable(DisableProductCommand command);
}
