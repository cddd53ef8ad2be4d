package spanel.domain.shop;

import java.util.Locale;

/** A percentage off (1..100) or a fixed amount off (in fen). */
public enum CouponType {
    PERCENT,
    AMOUNT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CouponType fromWire(String text) {
        for (CouponType type : values()) {
            if (type.wireName().equals(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("must be percent or amount");
    }
}
