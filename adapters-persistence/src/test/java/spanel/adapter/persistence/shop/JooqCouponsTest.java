package spanel.adapter.persistence.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.COUPONS;
import static spanel.domain.shop.Plans.aPlan;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.domain.shop.CouponCodeTaken;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.CouponType;
import spanel.domain.shop.ProductId;

class JooqCouponsTest extends PersistenceContractTest {

    private JooqCoupons coupons() {
        return new JooqCoupons(dsl());
    }

    private ProductId aProduct() {
        return new JooqProducts(dsl()).add(aPlan().build());
    }

    private static CouponSpec spec(String code, OptionalInt totalLimit, Set<ProductId> products) {
        return new CouponSpec(code, CouponType.PERCENT, 10, totalLimit, OptionalInt.of(1),
                Optional.of(Instant.parse("2026-06-30T00:00:00Z")), products, true);
    }

    private static String aCode() {
        return "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aCouponIsStoredWithItsProductsAndFoundAgain() {
        ProductId p1 = aProduct();
        ProductId p2 = aProduct();
        CouponSpec spec = spec(aCode(), OptionalInt.of(100), Set.of(p1, p2));

        CouponId id = coupons().add(spec);

        var found = coupons().find(id).orElseThrow();
        assertThat(found.spec()).isEqualTo(spec);
        assertThat(found.usedCount()).isZero();
        assertThat(coupons().all()).anyMatch(c -> c.id().equals(id) && c.spec().productIds().equals(Set.of(p1, p2)));
    }

    @Test
    void aTakenCodeIsRefusedOnAddAndOnRename() {
        String taken = aCode();
        coupons().add(spec(taken, OptionalInt.empty(), Set.of()));
        CouponId other = coupons().add(spec(aCode(), OptionalInt.empty(), Set.of()));

        assertThatThrownBy(() -> coupons().add(spec(taken, OptionalInt.empty(), Set.of()))).isInstanceOf(CouponCodeTaken.class);
        assertThatThrownBy(() -> transactions().inTransaction(() -> coupons().replace(other, spec(taken, OptionalInt.empty(), Set.of()))))
                .isInstanceOf(CouponCodeTaken.class);
    }

    @Test
    void replacingChangesTheProductsButNeverTheUseCount() {
        CouponId id = coupons().add(spec(aCode(), OptionalInt.of(10), Set.of(aProduct())));
        dsl().update(COUPONS).set(COUPONS.USED_COUNT, 3).where(COUPONS.ID.eq(id.value())).execute();
        ProductId product = aProduct();
        CouponSpec changed = spec(aCode(), OptionalInt.of(5), Set.of(product));

        assertThat(transactions().inTransaction(() -> coupons().replace(id, changed))).isTrue();

        var found = coupons().find(id).orElseThrow();
        assertThat(found.spec()).isEqualTo(changed);
        assertThat(found.usedCount()).isEqualTo(3);
    }

    @Test
    void aTotalLimitBelowTheUsesMadeIsNotWritten() {
        CouponId id = coupons().add(spec(aCode(), OptionalInt.of(10), Set.of()));
        dsl().update(COUPONS).set(COUPONS.USED_COUNT, 4).where(COUPONS.ID.eq(id.value())).execute();

        assertThat(coupons().replace(id, spec(aCode(), OptionalInt.of(3), Set.of()))).isFalse();
        assertThat(coupons().find(id).orElseThrow().spec().totalLimit()).isEqualTo(OptionalInt.of(10));
    }
}
