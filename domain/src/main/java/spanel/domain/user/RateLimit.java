package spanel.domain.user;

import java.time.Duration;

/**
 * At most {@code maxAttempts} per fixed window. The window starts with its first attempt; the
 * caller is told to retry when it ends, in whole seconds rounded up and never less than one.
 */
public record RateLimit(int maxAttempts, Duration window) {

    public RateLimit {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one attempt");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit window is positive");
        }
    }

    public static RateLimit perMinute(int maxAttempts) {
        return new RateLimit(maxAttempts, Duration.ofMinutes(1));
    }

    /** Whether another attempt is refused, given what the window already holds. */
    public boolean refusesAnotherAfter(Attempts attempts) {
        return attempts.count() >= maxAttempts;
    }

    /** Whether the attempt that brought the window to this count went over the limit. */
    public boolean isExceededBy(Attempts attempts) {
        return attempts.count() > maxAttempts;
    }

    public long retryAfterSeconds(Attempts attempts) {
        Duration left = attempts.resetsIn().isNegative() || attempts.resetsIn().isZero() ? window : attempts.resetsIn();
        long seconds = left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
