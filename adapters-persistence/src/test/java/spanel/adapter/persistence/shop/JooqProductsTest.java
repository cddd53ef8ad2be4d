package spanel.adapter.persistence.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.domain.shop.Plans.aPlan;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.domain.shop.PlanContent;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;

class JooqProductsTest extends PersistenceContractTest {

    private static final PlanContent CONTENT = new PlanContent(OptionalLong.of(100), OptionalInt.of(1), OptionalInt.of(30),
            OptionalInt.empty(), true, OptionalInt.of(0), OptionalInt.empty());

    private JooqProducts products() {
        return new JooqProducts(dsl());
    }

    @Test
    void aProductIsStoredWithItsContentAndFoundAgain() {
        ProductSpec spec = aPlan().pricedAt(1999).granting(CONTENT).withStock(50).build();

        ProductId id = products().add(spec);

        assertThat(products().find(id).orElseThrow().spec()).isEqualTo(spec);
        assertThat(products().all()).anyMatch(p -> p.id().equals(id));
    }

    @Test
    void replacingChangesEveryPartAndAnUnknownIdIsReported() {
        ProductId id = products().add(aPlan().named("Old").withStock(5).build());
        ProductSpec changed = aPlan().named("New").pricedAt(200).granting(CONTENT).offSale().build();

        assertThat(products().replace(id, changed)).isTrue();
        assertThat(products().find(id).orElseThrow().spec()).isEqualTo(changed);
        assertThat(products().replace(ProductId.of(999_999), changed)).isFalse();
        assertThat(products().find(ProductId.of(999_999))).isEqualTo(Optional.empty());
    }

    @Test
    void missingNamesTheIdsWithoutAProduct() {
        ProductId id = products().add(aPlan().named("Known").build());

        assertThat(products().missing(Set.of(id, ProductId.of(999_998)))).containsExactly(ProductId.of(999_998));
    }
}
