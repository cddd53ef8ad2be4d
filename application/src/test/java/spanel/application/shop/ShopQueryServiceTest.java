package spanel.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.domain.shop.Plans.aPlan;

import org.junit.jupiter.api.Test;

class ShopQueryServiceTest {

    private final ShopFakes shop = new ShopFakes();

    @Test
    void usersSeeOnlyTheProductsOnSale() {
        shop.products.add(aPlan().named("On sale").build());
        shop.products.add(aPlan().named("Retired").offSale().build());
        shop.products.add(aPlan().named("Sold out").withStock(0).build());

        assertThat(new ShopQueryService(shop.products, shop.coupons, shop.purchases).packages()).extracting(p -> p.spec().name())
                .containsExactlyInAnyOrder("On sale", "Sold out");
    }
}
