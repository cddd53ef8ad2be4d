package spanel.application.shop;

import java.util.List;
import java.util.Objects;
import spanel.application.shop.port.in.ShopQueries;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.application.shop.port.out.Purchases;
import spanel.domain.page.Page;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.PastPurchase;
import spanel.domain.shop.Product;

public final class ShopQueryService implements ShopQueries {

    private final Products products;
    private final Coupons coupons;
    private final Purchases purchases;

    public ShopQueryService(Products products, Coupons coupons, Purchases purchases) {
        this.products = Objects.requireNonNull(products);
        this.coupons = Objects.requireNonNull(coupons);
        this.purchases = Objects.requireNonNull(purchases);
    }

    @Override
    public List<Product> packages() {
        return products.all().stream().filter(product -> product.spec().enabled()).toList();
    }

    @Override
    public Page<PastPurchase> purchases(PurchasesQuery query) {
        return purchases.of(query.buyer(), query.page());
    }

    @Override
    public List<Product> products() {
        return products.all();
    }

    @Override
    public List<Coupon> coupons() {
        return coupons.all();
    }
}
