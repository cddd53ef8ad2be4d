package spanel.adapter.http.support;

/**
 * When a refused request should come back: each refusal is given a turn behind the line already
 * waiting and the refusals before it, at the rate admitted requests have been finishing. A storm's
 * refusals then come back spread over the time it takes to apply them, a few a second, instead of
 * all at once or long after the line has emptied.
 *
 * <p>Admitted requests hold shares of {@code capacity}; one that holds {@code s} shares for {@code t}
 * lets {@code capacity / s} such run at once, so the line moves by {@code t / capacity} per share
 * whatever the mix of sizes. {@code t} is a moving average of how long admitted requests held
 * their place, quick to follow a faster line and slow to follow a slower one. Times are
 * {@link System#nanoTime()} readings.
 */
final class RetryTurns {

    private static final long SECOND = 1_000_000_000L;
    /**
     * Weight of the newest hold in the moving average: a quicker hold counts at once, a slower one
     * a little. A turn given too soon costs the node one more refusal; a turn given too late leaves
     * the database idle while the node waits, and the first holds of a storm are its slowest (every
     * refused body is being read at the same time).
     */
    private static final double NEWEST_QUICKER = 0.5;
    private static final double NEWEST_SLOWER = 0.1;

    private final int capacity;
    private final int minSeconds;
    private final int maxSeconds;
    private final long leadNanos;
    private double holdNanos;
    private long lastTurn = Long.MIN_VALUE;

    RetryTurns(int capacity, int minSeconds, int maxSeconds, long firstGuessNanos) {
        this(capacity, minSeconds, maxSeconds, firstGuessNanos, 0);
    }

    /**
     * {@code leadNanos}: how long before its turn a refused request is told to come back, so that
     * it waits in line for its turn rather than the line running dry while it counts down to it.
     */
    RetryTurns(int capacity, int minSeconds, int maxSeconds, long firstGuessNanos, long leadNanos) {
        this.capacity = capacity;
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
        this.holdNanos = firstGuessNanos;
        this.leadNanos = leadNanos;
    }

    /** An admitted request held its place this long. */
    synchronized void held(long nanos) {
        holdNanos += (nanos < holdNanos ? NEWEST_QUICKER : NEWEST_SLOWER) * (nanos - holdNanos);
    }

    /** Whether a line of {@code shares} (a request's own included) moves past within {@code nanos}. */
    synchronized boolean inLineWithin(int shares, long nanos) {
        return shares * holdNanos / capacity <= nanos;
    }

    /**
     * The Retry-After, in whole seconds, of a request of {@code shares} refused at {@code now} while
     * {@code waitingShares} wait in line ahead of it.
     */
    synchronized int retryAfter(int shares, int waitingShares, long now) {
        double perShare = holdNanos / capacity;
        long lineEnds = now + (long) (waitingShares * perShare);
        long turn = Math.max(lastTurn, lineEnds) + (long) (shares * perShare);
        // Turns past the longest answer are not promised: whoever gets the longest may be refused again.
        lastTurn = Math.min(turn, now + maxSeconds * SECOND);
        long seconds = (turn - leadNanos - now + SECOND - 1) / SECOND;
        return (int) Math.clamp(seconds, minSeconds, maxSeconds);
    }
}
