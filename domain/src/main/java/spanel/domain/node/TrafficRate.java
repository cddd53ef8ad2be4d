package spanel.domain.node;

import java.math.BigDecimal;

/**
 * A node's billing multiplier: a user is billed the bytes they moved times the rate, rounded down.
 * At most four decimals, from 0 to {@value #MAX_RATE}; kept in ten-thousandths so billing is exact.
 */
public record TrafficRate(long tenThousandths) {

    public static final TrafficRate ONE = new TrafficRate(10_000);
    public static final int MAX_RATE = 1_000;
    /** The most raw bytes billed at once: 2^53, the largest integer a JSON number holds exactly. */
    public static final long MAX_BILLABLE_BYTES = 1L << 53;
    private static final long SCALE = 10_000;

    public TrafficRate {
        if (tenThousandths < 0 || tenThousandths > MAX_RATE * SCALE) {
            throw new IllegalArgumentException("a traffic rate is from 0 to " + MAX_RATE + ", got "
                    + BigDecimal.valueOf(tenThousandths, 4).stripTrailingZeros().toPlainString());
        }
    }

    /** Reads "1", "1.5", "0.0001"; more than four decimals or a value out of range is refused. */
    public static TrafficRate of(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        if (stripped.scale() > 4) {
            throw new IllegalArgumentException("a traffic rate has at most four decimals, got " + rate.toPlainString());
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(MAX_RATE)) > 0) {
            throw new IllegalArgumentException("a traffic rate is from 0 to " + MAX_RATE + ", got " + rate.toPlainString());
        }
        return new TrafficRate(stripped.movePointRight(4).longValueExact());
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(tenThousandths, 4);
    }

    /**
     * The billed bytes for raw bytes: floor(raw × rate), exact for any raw amount a report may carry
     * (up to {@link #MAX_BILLABLE_BYTES}). Split so the product never overflows a long.
     */
    public long bill(long rawBytes) {
        if (rawBytes < 0 || rawBytes > MAX_BILLABLE_BYTES) {
            throw new IllegalArgumentException("raw bytes out of range: " + rawBytes);
        }
        long whole = Math.multiplyExact(rawBytes / SCALE, tenThousandths);
        long part = (rawBytes % SCALE) * tenThousandths / SCALE;
        return Math.addExact(whole, part);
    }

    @Override
    public String toString() {
        return toDecimal().stripTrailingZeros().toPlainString();
    }
}
