package spanel.domain.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import spanel.domain.money.Money;

class ProductSpecTest {

    private final ProductSpec monthly = new ProductSpec("Monthly", Money.ofFen(1999), PlanContent.EMPTY, true, OptionalInt.of(5));

    @Test
    void aPartialChangeReplacesOnlyWhatItNames() {
        ProductSpec changed = monthly.with(new ProductSpec.Changes(Optional.empty(), Optional.of(Money.ofFen(999)),
                Optional.empty(), Optional.empty(), Optional.of(OptionalInt.empty())));

        assertThat(changed.name()).isEqualTo("Monthly");
        assertThat(changed.price()).isEqualTo(Money.ofFen(999));
        assertThat(changed.stock()).isEmpty();
        assertThat(changed.enabled()).isTrue();
    }

    @Test
    void aNameIsRequiredAndStockIsNotNegative() {
        assertThatThrownBy(() -> new ProductSpec(" ", Money.ZERO, PlanContent.EMPTY, true, OptionalInt.empty()))
                .hasMessageStartingWith("name:");
        assertThatThrownBy(() -> new ProductSpec("x", Money.ZERO, PlanContent.EMPTY, true, OptionalInt.of(-1)))
                .hasMessageStartingWith("stock:");
    }

    @Test
    void contentPartsAreNotNegativeAndTrafficFitsInBytes() {
        assertThatThrownBy(() -> new PlanContent(OptionalLong.empty(), OptionalInt.of(-1), OptionalInt.empty(),
                OptionalInt.empty(), false, OptionalInt.empty(), OptionalInt.empty())).hasMessageStartingWith("class:");
        assertThatThrownBy(() -> new PlanContent(OptionalLong.of(1L << 40), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), false, OptionalInt.empty(), OptionalInt.empty())).hasMessageStartingWith("traffic:");
    }
}
