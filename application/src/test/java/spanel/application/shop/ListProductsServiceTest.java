package spanel.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.domain.shop.Plans.aPlan;

import org.junit.jupiter.api.Test;
import spanel.domain.shop.Product;

class ListProductsServiceTest {

    private final ShopFakes shop = new ShopFakes();

    @Test
    void anAdminSeesEveryProductIncludingThoseOffSale() {
        shop.products.add(aPlan().named("On sale").build());
        shop.products.add(aPlan().named("Retired").offSale().build());

        assertThat(new ListProductsService(shop.products).list()).extracting(p -> p.spec().name())
                .containsExactlyInAnyOrder("On sale", "Retired");
    }

    @Test
    void noProductsIsAnEmptyList() {
        assertThat(new ListProductsService(shop.products).list()).isEmpty();
    }
}
