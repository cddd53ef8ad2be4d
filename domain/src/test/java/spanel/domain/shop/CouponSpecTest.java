package spanel.domain.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouponSpecTest {

    private static CouponSpec percent(long value) {
        return new CouponSpec("SPRING", CouponType.PERCENT, value, OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), Set.of(), true);
    }

    private static CouponSpec.Changes changing(Optional<CouponType> type, Optional<BigDecimal> value) {
        return new CouponSpec.Changes(Optional.empty(), type, value, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void codesAreComparedWithoutCase() {
        assertThat(CouponSpec.normaliseCode(" spring-10 ")).isEqualTo("SPRING-10");
        assertThatThrownBy(() -> new CouponSpec("spring", CouponType.PERCENT, 10, OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), Set.of(), true)).hasMessageStartingWith("code:");
    }

    @Test
    void aPercentageIsAWholeNumberFrom1To100() {
        assertThat(percent(1).value()).isEqualTo(1);
        assertThat(percent(100).value()).isEqualTo(100);
        assertThatThrownBy(() -> percent(0)).hasMessageStartingWith("value:");
        assertThatThrownBy(() -> percent(101)).hasMessageStartingWith("value:");
        assertThatThrownBy(() -> CouponSpec.valueOf(CouponType.PERCENT, new BigDecimal("10.5"))).hasMessageStartingWith("value:");
    }

    @Test
    void anAmountIsMoneyWithAtMostTwoDecimals() {
        assertThat(CouponSpec.valueOf(CouponType.AMOUNT, new BigDecimal("5.50"))).isEqualTo(550);
        assertThatThrownBy(() -> CouponSpec.valueOf(CouponType.AMOUNT, new BigDecimal("5.555"))).hasMessageStartingWith("value:");
    }

    @Test
    void aChangedValueIsReadByTheTypeTheCouponEndsUpWith() {
        CouponSpec coupon = percent(10);

        assertThat(coupon.with(changing(Optional.of(CouponType.AMOUNT), Optional.of(new BigDecimal("2.5")))).value())
                .isEqualTo(250);
        assertThat(coupon.with(changing(Optional.empty(), Optional.of(new BigDecimal("20")))).value()).isEqualTo(20);
        assertThatThrownBy(() -> coupon.with(changing(Optional.empty(), Optional.of(new BigDecimal("250")))))
                .hasMessageStartingWith("value:");
    }

    @Test
    void aTotalLimitCannotDropBelowTheUsesMade() {
        Coupon used = new Coupon(CouponId.of(1), percent(10), 5);

        assertThat(used.allows(new CouponSpec("SPRING", CouponType.PERCENT, 10, OptionalInt.of(5), OptionalInt.empty(),
                Optional.empty(), Set.of(), true))).isTrue();
        assertThat(used.allows(new CouponSpec("SPRING", CouponType.PERCENT, 10, OptionalInt.of(4), OptionalInt.empty(),
                Optional.empty(), Set.of(), true))).isFalse();
    }
}
