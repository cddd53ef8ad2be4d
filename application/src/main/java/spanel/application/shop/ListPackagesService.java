package spanel.application.shop;

import java.util.List;
import java.util.Objects;
import spanel.application.shop.port.in.ListPackages;
import spanel.application.shop.port.out.Products;
import spanel.domain.shop.Product;

public final class ListPackagesService implements ListPackages {

    private final Products products;

    public ListPackagesService(Products products) {
        this.products = Objects.requireNonNull(products);
    }

    @Override
    public List<Product> list() {
        return products.all().stream().filter(product -> product.spec().enabled()).toList();
    }
}
