package spanel.domain.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import spanel.domain.money.Money;

/**
 * The inviter's share of an invitee's paid order, 0 to 1, on every paid order or on the first
 * only; the share is rounded down to the fen, once.
 */
public record CommissionRate(BigDecimal value, boolean firstOrderOnly) {

    public static final CommissionRate NONE = new CommissionRate(BigDecimal.ZERO);

    public CommissionRate {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a commission rate is from 0 to 1, got " + value.toPlainString());
        }
    }

    /** A share of every paid order. */
    public CommissionRate(BigDecimal value) {
        this(value, false);
    }

    public static CommissionRate parse(String text) {
        try {
            return new CommissionRate(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a commission rate is a decimal from 0 to 1, got '" + text + "'");
        }
    }

    /** The same rate, paid on the invitee's first paid order only. */
    public CommissionRate onFirstOrderOnly() {
        return new CommissionRate(value, true);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /** rate × paid, rounded down: the inviter never gets a fen more than the rate gives. */
    public Money of(Money paid) {
        return Money.ofFen(value.multiply(BigDecimal.valueOf(paid.fen())).setScale(0, RoundingMode.DOWN).longValueExact());
    }
}
