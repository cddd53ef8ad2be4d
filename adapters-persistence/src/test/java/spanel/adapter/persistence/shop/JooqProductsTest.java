package spanel.adapter.persistence.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.domain.money.Money;
import spanel.domain.shop.PlanContent;
import spanel.domain.shop.ProductSpec;

class JooqProductsTest extends PersistenceContractTest {

    private static final PlanContent CONTENT = new PlanContent(OptionalLong.of(100), OptionalInt.of(1), OptionalInt.of(30),
            OptionalInt.empty(), true, OptionalInt.of(0), OptionalInt.empty());

    private JooqProducts products() {
        return new JooqProducts(dsl());
    }

    @Test
    void aProductIsStoredWithItsContentAndFoundAgain() {
        ProductSpec spec = new ProductSpec("Monthly", Money.ofFen(1999), CONTENT, true, OptionalInt.of(50));

        long id = products().add(spec);

        assertThat(products().find(id).orElseThrow().spec()).isEqualTo(spec);
        assertThat(products().all()).anyMatch(p -> p.id() == id);
    }

    @Test
    void replacingChangesEveryPartAndAnUnknownIdIsReported() {
        long id = products().add(new ProductSpec("Old", Money.ofFen(100), PlanContent.EMPTY, true, OptionalInt.of(5)));
        ProductSpec changed = new ProductSpec("New", Money.ofFen(200), CONTENT, false, OptionalInt.empty());

        assertThat(products().replace(id, changed)).isTrue();
        assertThat(products().find(id).orElseThrow().spec()).isEqualTo(changed);
        assertThat(products().replace(999_999, changed)).isFalse();
        assertThat(products().find(999_999)).isEqualTo(Optional.empty());
    }

    @Test
    void missingNamesTheIdsWithoutAProduct() {
        long id = products().add(new ProductSpec("Known", Money.ofFen(100), PlanContent.EMPTY, true, OptionalInt.empty()));

        assertThat(products().missing(Set.of(id, 999_998L))).containsExactly(999_998L);
    }
}
