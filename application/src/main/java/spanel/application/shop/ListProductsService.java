package spanel.application.shop;

import java.util.List;
import java.util.Objects;
import spanel.application.shop.port.in.ListProducts;
import spanel.application.shop.port.out.Products;
import spanel.domain.shop.Product;

public final class ListProductsService implements ListProducts {

    private final Products products;

    public ListProductsService(Products products) {
        this.products = Objects.requireNonNull(products);
    }

    @Override
    public List<Product> list() {
        return products.all();
    }
}
