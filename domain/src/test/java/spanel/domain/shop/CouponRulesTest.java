package spanel.domain.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.domain.money.Money;

/** Discounts are clamped to the price; a coupon is usable only while enabled, unexpired, for its products and within its limits. */
class CouponRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private static CouponSpec spec(CouponType type, long value) {
        return new CouponSpec("CODE", type, value, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Set.of(), true);
    }

    private static Coupon coupon(OptionalInt total, OptionalInt perUser, Optional<Instant> expires, Set<ProductId> products,
            boolean enabled, int used) {
        return new Coupon(CouponId.of(1), new CouponSpec("CODE", CouponType.PERCENT, 10, total, perUser, expires, products, enabled), used);
    }

    @Test
    void aPercentageIsRoundedHalfUpToTheFen() {
        assertThat(spec(CouponType.PERCENT, 15).discountOn(Money.ofFen(999))).isEqualTo(Money.ofFen(150));
        assertThat(spec(CouponType.PERCENT, 15).discountOn(Money.ofFen(990))).isEqualTo(Money.ofFen(149));
        assertThat(spec(CouponType.PERCENT, 33).discountOn(Money.ofFen(1))).isEqualTo(Money.ZERO);
        assertThat(spec(CouponType.PERCENT, 100).discountOn(Money.ofFen(1234))).isEqualTo(Money.ofFen(1234));
    }

    @Test
    void anAmountLargerThanThePriceTakesOnlyThePrice() {
        assertThat(spec(CouponType.AMOUNT, 500).discountOn(Money.ofFen(1999))).isEqualTo(Money.ofFen(500));
        assertThat(spec(CouponType.AMOUNT, 5000).discountOn(Money.ofFen(1999))).isEqualTo(Money.ofFen(1999));
        assertThat(spec(CouponType.AMOUNT, 5000).discountOn(Money.ZERO)).isEqualTo(Money.ZERO);
    }

    @Test
    void aDisabledExpiredOrForeignCouponIsInvalid() {
        assertThatThrownBy(() -> coupon(OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Set.of(), false, 0)
                .requireUsableOn(ProductId.of(5), NOW)).isInstanceOf(InvalidCoupon.class).hasMessageContaining("disabled");
        assertThatThrownBy(() -> coupon(OptionalInt.empty(), OptionalInt.empty(), Optional.of(NOW), Set.of(), true, 0)
                .requireUsableOn(ProductId.of(5), NOW)).isInstanceOf(InvalidCoupon.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> coupon(OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Set.of(ProductId.of(4)), true, 0)
                .requireUsableOn(ProductId.of(5), NOW)).isInstanceOf(InvalidCoupon.class).hasMessageContaining("does not apply to product 5");
    }

    @Test
    void aCouponUntilItsExpiryAndForItsProductsIsUsable() {
        Coupon untilExpiry = coupon(OptionalInt.empty(), OptionalInt.empty(), Optional.of(NOW.plusSeconds(1)),
                Set.of(ProductId.of(4), ProductId.of(5)), true, 0);
        Coupon withUsesLeft = coupon(OptionalInt.of(3), OptionalInt.empty(), Optional.empty(), Set.of(), true, 2);

        assertThatCode(() -> untilExpiry.requireUsableOn(ProductId.of(5), NOW)).doesNotThrowAnyException();
        assertThatCode(() -> withUsesLeft.requireUsableOn(ProductId.of(99), NOW)).doesNotThrowAnyException();
    }

    @Test
    void spentLimitsAreExhaustedInTotalAndPerUser() {
        assertThatThrownBy(() -> coupon(OptionalInt.of(3), OptionalInt.empty(), Optional.empty(), Set.of(), true, 3)
                .requireUsableOn(ProductId.of(5), NOW)).isInstanceOf(CouponExhausted.class).hasMessageContaining("used up");

        Coupon twicePerUser = coupon(OptionalInt.empty(), OptionalInt.of(2), Optional.empty(), Set.of(), true, 0);
        twicePerUser.requireUseLeftFor(1);
        assertThatThrownBy(() -> twicePerUser.requireUseLeftFor(2)).isInstanceOf(CouponExhausted.class)
                .hasMessageContaining("2 time(s) per user");
        coupon(OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Set.of(), true, 0).requireUseLeftFor(1_000);
    }
}
