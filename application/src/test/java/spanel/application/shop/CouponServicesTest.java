package spanel.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.shop.Plans.aPlan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.shop.port.in.CreateCoupon;
import spanel.application.shop.port.in.DisableProduct;
import spanel.application.shop.port.in.UpdateCoupon;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.NotFound;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.CouponType;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.user.UserId;

class CouponServicesTest {

    private static final UserId ADMIN = new UserId(1);

    private final ShopFakes shop = new ShopFakes();
    private final Map<ProductId, ProductSpec> productRows = shop.productRows;
    private final Map<CouponId, Coupon> couponRows = shop.couponRows;
    private final List<AuditEntry> audit = new ArrayList<>();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final Products products = shop.products;
    private final Coupons coupons = shop.coupons;

    private static CouponSpec tenPercent(Set<ProductId> productIds) {
        return new CouponSpec("TEN", CouponType.PERCENT, 10, OptionalInt.of(5), OptionalInt.empty(), Optional.empty(),
                productIds, true);
    }

    private static CouponSpec.Changes totalLimit(int limit) {
        return new CouponSpec.Changes(Optional.empty(), Optional.empty(), Optional.<BigDecimal>empty(),
                Optional.of(OptionalInt.of(limit)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aCouponForAnUnknownProductIsRefusedAndNothingIsAudited() {
        var create = new CreateCouponService(coupons, products, audit::add, transactions);

        assertThatThrownBy(() -> create.create(new CreateCoupon.Command(ADMIN, tenPercent(Set.of(ProductId.of(42))))))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("product_ids:");
        assertThat(couponRows).isEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void aCreatedCouponIsAuditedWithWhatItIs() {
        ProductId product = products.add(aPlan().build());

        CouponId id = new CreateCouponService(coupons, products, audit::add, transactions)
                .create(new CreateCoupon.Command(ADMIN, tenPercent(Set.of(product)))).id();

        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("coupon.create");
            assertThat(entry.target()).isEqualTo("coupon:" + id);
            assertThat(entry.detail()).contains("code=TEN", "type=percent");
        });
    }

    @Test
    void aTotalLimitBelowTheUsesMadeIsRefused() {
        CouponId id = coupons.add(tenPercent(Set.of()));
        couponRows.put(id, new Coupon(id, couponRows.get(id).spec(), 4));
        var update = new UpdateCouponService(coupons, products, audit::add, transactions);

        assertThatThrownBy(() -> update.update(new UpdateCoupon.Command(ADMIN, id, totalLimit(3))))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("total_limit:");
        assertThat(update.update(new UpdateCoupon.Command(ADMIN, id, totalLimit(4))).spec().totalLimit()).hasValue(4);
    }

    @Test
    void aChangeThatBreaksARuleIsA400NamingTheField() {
        CouponId id = coupons.add(tenPercent(Set.of()));
        var changes = new CouponSpec.Changes(Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("150")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> new UpdateCouponService(coupons, products, audit::add, transactions)
                .update(new UpdateCoupon.Command(ADMIN, id, changes)))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("value:");
    }

    @Test
    void disablingAProductKeepsItAndAnUnknownOneIsNotFound() {
        ProductId id = products.add(aPlan().build());
        var disable = new DisableProductService(products, audit::add, transactions);

        assertThat(disable.disable(new DisableProduct.Command(ADMIN, id)).spec().enabled()).isFalse();
        assertThat(productRows.get(id).enabled()).isFalse();
        assertThat(audit).extracting(AuditEntry::action).containsExactly("product.disable");
        assertThatThrownBy(() -> disable.disable(new DisableProduct.Command(ADMIN, ProductId.of(99)))).isInstanceOf(NotFound.class);
    }
}
