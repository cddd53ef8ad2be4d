package spanel.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.shop.port.in.DisableCoupon;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.CouponType;
import spanel.domain.user.UserId;

class DisableCouponServiceTest {

    private static final UserId ADMIN = UserId.of(1);

    private final ShopFakes shop = new ShopFakes();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final DisableCouponService service = new DisableCouponService(shop.coupons, shop.products, audit::add,
            new DirectTransactionRunner());

    @Test
    void aDisabledCouponKeepsEverythingElseAndItsUsesAndIsAudited() {
        CouponSpec spec = new CouponSpec("SAVE", CouponType.PERCENT, 10, OptionalInt.of(5), OptionalInt.empty(),
                Optional.empty(), Set.of(), true);
        CouponId id = shop.coupons.add(spec);
        shop.redemptions.claimUse(id);

        Coupon disabled = service.disable(new DisableCoupon.Command(ADMIN, id));

        assertThat(disabled.spec().enabled()).isFalse();
        assertThat(disabled.spec().code()).isEqualTo("SAVE");
        assertThat(disabled.spec().totalLimit()).isEqualTo(spec.totalLimit());
        assertThat(disabled.usedCount()).isEqualTo(1);
        assertThat(shop.coupon(id).spec().enabled()).isFalse();
        assertThat(audit).singleElement().satisfies(entry -> assertThat(entry.action()).isEqualTo("coupon.disable"));
    }

    @Test
    void anUnknownCouponIsNotFoundAndNothingIsAudited() {
        assertThatThrownBy(() -> service.disable(new DisableCoupon.Command(ADMIN, CouponId.of(42)))).isInstanceOf(NotFound.class);
        assertThat(audit).isEmpty();
    }
}
