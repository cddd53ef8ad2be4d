package spanel.adapter.payment.stripe;

import java.util.Set;
import spanel.domain.money.Money;

/**
 * Our amounts (two decimals, in fen) in a Stripe currency's minor unit, exactly, once: the panel's
 * money is taken to be in the configured currency (no exchange). Stripe's zero-decimal currencies
 * count whole units, its three-decimal ones thousandths; everything else hundredths, as fen do.
 */
final class StripeAmounts {

    private static final Set<String> ZERO_DECIMAL = Set.of("bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga",
            "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf");
    private static final Set<String> THREE_DECIMAL = Set.of("bhd", "jod", "kwd", "omr", "tnd");

    private StripeAmounts() {
    }

    /** The amount to charge; a fraction the currency cannot express is refused rather than rounded. */
    static long toMinor(Money amount, String currency) {
        if (ZERO_DECIMAL.contains(currency)) {
            if (amount.fen() % 100 != 0) {
                throw new IllegalArgumentException(currency + " has no decimals: " + amount + " cannot be charged");
            }
            return amount.fen() / 100;
        }
        if (THREE_DECIMAL.contains(currency)) {
            return Math.multiplyExact(amount.fen(), 10L);
        }
        return amount.fen();
    }

    /** What Stripe reports back, in our money; an amount finer than a fen is refused. */
    static Money fromMinor(long minor, String currency) {
        if (ZERO_DECIMAL.contains(currency)) {
            return Money.ofFen(Math.multiplyExact(minor, 100L));
        }
        if (THREE_DECIMAL.contains(currency)) {
            if (minor % 10 != 0) {
                throw new IllegalArgumentException("amount " + minor + " is finer than our money");
            }
            return Money.ofFen(minor / 10);
        }
        return Money.ofFen(minor);
    }
}
