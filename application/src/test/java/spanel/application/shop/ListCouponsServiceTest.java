package spanel.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.CouponType;

class ListCouponsServiceTest {

    private final ShopFakes shop = new ShopFakes();

    private static CouponSpec coupon(String code, boolean enabled) {
        return new CouponSpec(code, CouponType.PERCENT, 10, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Set.of(), enabled);
    }

    @Test
    void anAdminSeesEveryCouponWithItsUsesEnabledOrNot() {
        CouponId used = shop.coupons.add(coupon("ON", true));
        shop.coupons.add(coupon("OFF", false));
        shop.redemptions.claimUse(used);

        assertThat(new ListCouponsService(shop.coupons).list())
                .extracting(c -> c.spec().code(), c -> c.usedCount())
                .containsExactlyInAnyOrder(tuple("ON", 1), tuple("OFF", 0));
    }
}
