package spanel.domain.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import spanel.domain.money.Money;

/**
 * A coupon as an admin describes it. The code is kept in upper case, so codes compare without
 * case. {@code value} is a percentage (1..100) or an amount in fen (above 0), by type. No
 * product ids means every product; empty limits and expiry mean none.
 */
public record CouponSpec(
        String code,
        CouponType type,
        long value,
        OptionalInt totalLimit,
        OptionalInt perUserLimit,
        Optional<Instant> expiresAt,
        Set<ProductId> productIds,
        boolean enabled) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,64}");

    public CouponSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expiresAt, "expiresAt");
        productIds = Set.copyOf(productIds);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code: 1 to 64 letters, digits, - or _, kept in upper case");
        }
        if (type == CouponType.PERCENT && (value < 1 || value > 100)) {
            throw new IllegalArgumentException("value: a percentage is from 1 to 100");
        }
        if (type == CouponType.AMOUNT && value < 1) {
            throw new IllegalArgumentException("value: an amount is above 0");
        }
        requirePositive(totalLimit, "total_limit");
        requirePositive(perUserLimit, "per_user_limit");
    }

    /** A value as typed: a whole percentage, or an amount of money with at most two decimals (to fen). */
    public static long valueOf(CouponType type, BigDecimal typed) {
        if (type == CouponType.AMOUNT) {
            try {
                return Money.toFen(typed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("value: " + e.getMessage());
            }
        }
        try {
            return typed.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("value: a percentage is a whole number");
        }
    }

    /**
     * How much this coupon takes off a price: a percentage rounded half up to the fen, or the
     * amount; never more than the price, so nothing is ever sold below zero.
     */
    public Money discountOn(Money price) {
        long off = type == CouponType.AMOUNT ? value
                : BigDecimal.valueOf(price.fen()).multiply(BigDecimal.valueOf(value))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        return Money.ofFen(Math.min(off, price.fen()));
    }

    /** Whether the coupon may be used on this product: no product list means every product. */
    public boolean appliesTo(ProductId productId) {
        return productIds.isEmpty() || productIds.contains(productId);
    }

    /** A code as typed, normalised: trimmed and upper case. */
    public static String normaliseCode(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
    }

    public CouponSpec with(Changes changes) {
        CouponType changedType = changes.type().orElse(type);
        return new CouponSpec(
                changes.code().orElse(code),
                changedType,
                changes.value().map(typed -> valueOf(changedType, typed)).orElse(value),
                changes.totalLimit().orElse(totalLimit),
                changes.perUserLimit().orElse(perUserLimit),
                changes.expiresAt().orElse(expiresAt),
                changes.productIds().orElse(productIds),
                changes.enabled().orElse(enabled));
    }

    private static void requirePositive(OptionalInt limit, String name) {
        Objects.requireNonNull(limit, name);
        if (limit.isPresent() && limit.getAsInt() < 1) {
            throw new IllegalArgumentException(name + ": a limit is at least 1");
        }
    }

    /** A partial update: each present part replaces the current value; the value is read by the resulting type. */
    public record Changes(
            Optional<String> code,
            Optional<CouponType> type,
            Optional<BigDecimal> value,
            Optional<OptionalInt> totalLimit,
            Optional<OptionalInt> perUserLimit,
            Optional<Optional<Instant>> expiresAt,
            Optional<Set<ProductId>> productIds,
            Optional<Boolean> enabled) {

        public Changes {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(totalLimit, "totalLimit");
            Objects.requireNonNull(perUserLimit, "perUserLimit");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(productIds, "productIds");
            Objects.requireNonNull(enabled, "enabled");
        }
    }
}
