package spanel.domain.payment;

import java.time.Duration;
import java.time.Instant;

/**
 * When to ask a gateway again about an order after it failed to answer: one minute after the first
 * failure, then twice as long after each one more, at most half an hour, so a gateway that is down
 * is not asked about every order at every sweep.
 */
public final class AskAgain {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofMinutes(30);

    private AskAgain() {
    }

    /** The time of the next question after {@code failures} failures in a row (1 or more), the last at {@code now}. */
    public static Instant after(int failures, Instant now) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures: at least 1");
        }
        // 2^5 minutes already passes the longest wait; larger shifts would only overflow.
        Duration wait = FIRST.multipliedBy(1L << Math.min(failures - 1, 5));
        return now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }
}
