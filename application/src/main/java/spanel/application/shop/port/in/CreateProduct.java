package spanel.application.shop.port.in;

/** An admin adds a product. */
public interface CreateProduct {

    ProductCreated create(CreateProductCommand command);
}
