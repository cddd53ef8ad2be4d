package spanel.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void theCodesAreTheOnesStoredAndShown() {
        assertThat(OrderStatus.fromCode(0)).isEqualTo(OrderStatus.UNPAID);
        assertThat(OrderStatus.fromCode(1)).isEqualTo(OrderStatus.PAID);
        assertThat(OrderStatus.fromCode(2)).isEqualTo(OrderStatus.CLOSED);
        assertThat(OrderStatus.CLOSED.code()).isEqualTo(2);
    }

    @Test
    void anUnknownCodeIsRefused() {
        assertThatThrownBy(() -> OrderStatus.fromCode(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be 0 (unpaid), 1 (paid) or 2 (closed)");
        assertThatThrownBy(() -> OrderStatus.fromCode(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
