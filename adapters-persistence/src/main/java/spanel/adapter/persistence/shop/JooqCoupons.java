package spanel.adapter.persistence.shop;

import static spanel.adapter.persistence.generated.Tables.COUPONS;
import static spanel.adapter.persistence.generated.Tables.COUPON_PRODUCTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.generated.tables.records.CouponsRecord;
import spanel.adapter.persistence.support.Constraints;
import spanel.adapter.persistence.support.Times;
import spanel.application.shop.port.out.Coupons;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.CouponCodeTaken;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.CouponType;
import spanel.domain.shop.ProductId;

/** Coupons and the products they apply to; the caller holds the transaction that keeps both in step. */
public final class JooqCoupons implements Coupons {

    private final DSLContext dsl;

    public JooqCoupons(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Coupon> all() {
        Map<Long, Set<Long>> products = dsl.selectFrom(COUPON_PRODUCTS).fetchGroups(COUPON_PRODUCTS.COUPON_ID)
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(r -> r.getProductId()).collect(Collectors.toSet())));
        return dsl.selectFrom(COUPONS).orderBy(COUPONS.ID)
                .fetch(row -> toCoupon(row, products.getOrDefault(row.getId(), Set.of())));
    }

    @Override
    public CouponId add(CouponSpec spec) {
        try {
            CouponId id = CouponId.of(dsl.insertInto(COUPONS)
                    .set(columns(spec))
                    .returning(COUPONS.ID)
                    .fetchOne(COUPONS.ID));
            linkProducts(id, spec.productIds());
            return id;
        } catch (DataAccessException e) {
            throw translate(e, spec);
        }
    }

    @Override
    public Optional<Coupon> find(CouponId id) {
        Set<Long> products = dsl.select(COUPON_PRODUCTS.PRODUCT_ID).from(COUPON_PRODUCTS)
                .where(COUPON_PRODUCTS.COUPON_ID.eq(id.value())).fetchSet(COUPON_PRODUCTS.PRODUCT_ID);
        return dsl.selectFrom(COUPONS).where(COUPONS.ID.eq(id.value())).fetchOptional(row -> toCoupon(row, products));
    }

    @Override
    public Optional<Coupon> findByCode(String code) {
        // Codes are stored upper case, so the normalised code matches exactly and uses the unique index.
        return dsl.selectFrom(COUPONS).where(COUPONS.CODE.eq(code)).fetchOptional(row -> toCoupon(row,
                dsl.select(COUPON_PRODUCTS.PRODUCT_ID).from(COUPON_PRODUCTS)
                        .where(COUPON_PRODUCTS.COUPON_ID.eq(row.getId())).fetchSet(COUPON_PRODUCTS.PRODUCT_ID)));
    }

    @Override
    public boolean replace(CouponId id, CouponSpec spec) {
        // The use count is raised by purchases meanwhile: the limit is checked against it in SQL.
        Condition limitHolds = spec.totalLimit().isPresent()
                ? COUPONS.USED_COUNT.le(spec.totalLimit().getAsInt()) : DSL.noCondition();
        try {
            int changed = dsl.update(COUPONS)
                    .set(columns(spec))
                    .where(COUPONS.ID.eq(id.value())).and(limitHolds)
                    .execute();
            if (changed == 0) {
                return false;
            }
        } catch (DataAccessException e) {
            throw translate(e, spec);
        }
        dsl.deleteFrom(COUPON_PRODUCTS).where(COUPON_PRODUCTS.COUPON_ID.eq(id.value())).execute();
        linkProducts(id, spec.productIds());
        return true;
    }

    /** What an admin describes of a coupon, by column; the use count is not among them. */
    private static Map<Field<?>, Object> columns(CouponSpec spec) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(COUPONS.CODE, spec.code());
        columns.put(COUPONS.TYPE, spec.type().wireName());
        columns.put(COUPONS.DISCOUNT_VALUE, spec.value());
        columns.put(COUPONS.TOTAL_LIMIT, limit(spec.totalLimit()));
        columns.put(COUPONS.PER_USER_LIMIT, limit(spec.perUserLimit()));
        columns.put(COUPONS.EXPIRES_AT, Times.utc(spec.expiresAt().orElse(null)));
        columns.put(COUPONS.ENABLED, spec.enabled());
        return columns;
    }

    private void linkProducts(CouponId couponId, Set<ProductId> productIds) {
        for (ProductId productId : productIds) {
            dsl.insertInto(COUPON_PRODUCTS)
                    .set(COUPON_PRODUCTS.COUPON_ID, couponId.value())
                    .set(COUPON_PRODUCTS.PRODUCT_ID, productId.value())
                    .execute();
        }
    }

    private static RuntimeException translate(DataAccessException e, CouponSpec spec) {
        return Constraints.isUniqueViolation(e, "coupons_code_key") ? new CouponCodeTaken(spec.code()) : e;
    }

    private static Integer limit(OptionalInt limit) {
        return limit.isPresent() ? limit.getAsInt() : null;
    }

    private static Coupon toCoupon(CouponsRecord row, Set<Long> productIds) {
        CouponSpec spec = new CouponSpec(row.getCode(), CouponType.fromWire(row.getType()), row.getDiscountValue(),
                row.getTotalLimit() == null ? OptionalInt.empty() : OptionalInt.of(row.getTotalLimit()),
                row.getPerUserLimit() == null ? OptionalInt.empty() : OptionalInt.of(row.getPerUserLimit()),
                Optional.ofNullable(Times.instant(row.getExpiresAt())),
                productIds.stream().map(ProductId::of).collect(Collectors.toSet()), row.getEnabled());
        return new Coupon(CouponId.of(row.getId()), spec, row.getUsedCount());
    }
}
