package spanel.domain.notice;

import java.time.Duration;

/**
 * When a notice whose delivery failed is tried again: {@code first} after the first failure, twice
 * as long after each further one, never longer than {@code longest}; after {@code attempts}
 * attempts in all it is given up.
 */
public record Backoff(Duration first, Duration longest, int attempts) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), 12);

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("the first delay is positive and not above the longest");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** Whether a notice that failed its {@code attempt}-th attempt (1 for the first) is tried again. */
    public boolean retriesAfter(int attempt) {
        return attempt < attempts;
    }

    /** How long after its {@code attempt}-th failed attempt (1 for the first) a notice is tried again. */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        Duration delay = first;
        for (int i = 1; i < attempt && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
