package spanel.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount of money in fen (hundredths of a yuan). Never negative: a debt is not money we hold.
 * Parsed from and printed as the two-decimal form only at the edges.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final int SCALE = 2;
    /** ASCII digits only: Java's number parsing also reads "1e3", "+5", "５" and "٥", which are not amounts. */
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("money cannot be negative: " + fen + " fen");
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /**
     * Parses "19.99", "19.9" or "19": ASCII digits, at most two decimals, no sign, no space.
     * Anything else is an {@link IllegalArgumentException} naming the problem.
     */
    public static Money parse(String text) {
        if (text != null && text.startsWith("-")) {
            throw new IllegalArgumentException("money cannot be negative: " + text);
        }
        return new Money(parseSignedFen(text));
    }

    /** The same rules as {@link #parse}, but a leading minus is allowed: for adjustments. */
    public static long parseSignedFen(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("an amount is required");
        }
        if (!isAmountText(text)) {
            throw new IllegalArgumentException("an amount is ASCII digits with at most two decimals, e.g. 19.99");
        }
        return toFen(new BigDecimal(text));
    }

    /** Whether {@code text} is an amount as written at the edges: ASCII digits, two decimals at most, a leading minus or not. */
    public static boolean isAmountText(String text) {
        return text != null && text.length() <= 40 && AMOUNT.matcher(text).matches();
    }

    /** Converts a decimal amount of yuan, refusing more than two decimals or an amount out of range. */
    public static long toFen(BigDecimal yuan) {
        BigDecimal stripped = yuan.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new IllegalArgumentException("at most two decimals are allowed: " + yuan.toPlainString());
        }
        try {
            return stripped.movePointRight(SCALE).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount out of range: " + yuan.toPlainString());
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** Subtracts, refusing to go below zero. */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    /** The two-decimal form: 1999 fen is "19.99". */
    public String toDecimalString() {
        return toDecimal().toPlainString();
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(fen, SCALE).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return toDecimalString();
    }
}
