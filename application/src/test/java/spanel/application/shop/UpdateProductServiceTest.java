package spanel.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.shop.Plans.aPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.shop.port.in.UpdateProduct;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.NotFound;
import spanel.domain.money.Money;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.user.UserId;

class UpdateProductServiceTest {

    private static final UserId ADMIN = UserId.of(1);

    private final ShopFakes shop = new ShopFakes();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final UpdateProductService service = new UpdateProductService(shop.products, audit::add,
            new DirectTransactionRunner());

    private static ProductSpec.Changes priceAndName(Optional<Long> fen, Optional<String> name) {
        return new ProductSpec.Changes(name, fen.map(Money::ofFen), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void onlyWhatTheChangeNamesIsChangedAndTheResultIsAudited() {
        ProductId id = shop.products.add(aPlan().named("Monthly").pricedAt(1_000).withStock(5).build());

        Product updated = service.update(new UpdateProduct.Command(ADMIN, id, priceAndName(Optional.of(1_500L),
                Optional.empty())));

        assertThat(updated.spec()).isEqualTo(aPlan().named("Monthly").pricedAt(1_500).withStock(5).build());
        assertThat(shop.productRows.get(id)).isEqualTo(updated.spec());
        assertThat(audit).singleElement().satisfies(entry -> assertThat(entry.action()).isEqualTo("product.update"));
    }

    @Test
    void aChangeThatBreaksAProductRuleIsInvalidInputAndChangesNothing() {
        ProductSpec before = aPlan().build();
        ProductId id = shop.products.add(before);

        assertThatThrownBy(() -> service.update(new UpdateProduct.Command(ADMIN, id, new ProductSpec.Changes(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(OptionalInt.of(-1))))))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("stock:");
        assertThat(shop.productRows.get(id)).isEqualTo(before);
        assertThat(audit).isEmpty();
    }

    @Test
    void anUnknownProductIsNotFound() {
        assertThatThrownBy(() -> service.update(new UpdateProduct.Command(ADMIN, ProductId.of(42), priceAndName(Optional.empty(),
                Optional.of("x"))))).isInstanceOf(NotFound.class);
        assertThat(audit).isEmpty();
    }
}
