package spanel.application.node.port.in;

import java.time.Duration;

/**
 * How node traffic reports are let in, batched and applied: every tuning number of the ingest, in
 * one place, built once at start and checked once. {@code poolSize}: connections of the pool that
 * applies reports; {@code batchesAtOnce}: batches applied at once while they are small (all
 * {@code poolSize} while full batches wait); {@code batchUsers}: users per batch;
 * {@code sharesPerPlace}: how finely a place in the admission is split by a report's size;
 * {@code waitingPerPlace}: reports that may wait in line per place; {@code lineWait}: how long one
 * waits there before it is refused; {@code connectionTimeout}: how long any request waits for a pool
 * connection; {@code retryAfterMinSeconds}..{@code retryAfterMaxSeconds}: the range of the
 * Retry-After a refused report is told.
 */
public record IngestSettings(int poolSize, int batchesAtOnce, int batchUsers, int sharesPerPlace, int waitingPerPlace,
        Duration lineWait, Duration connectionTimeout, int retryAfterMinSeconds, int retryAfterMaxSeconds) {

    /**
     * How long XrayR and V2bX wait for the panel's answer unless their config sets a Timeout: their
     * resty client's {@code SetTimeout(5 * time.Second)}. A report must be answered, applied or
     * refused, within it, or the node sends it again while the first may still count.
     */
    public static final Duration NODE_REQUEST_TIMEOUT = Duration.ofSeconds(5);

    public IngestSettings {
        if (poolSize < 1 || batchesAtOnce < 1 || batchesAtOnce > poolSize || batchUsers < 1 || sharesPerPlace < 1
                || waitingPerPlace < 0 || retryAfterMinSeconds < 1 || retryAfterMaxSeconds < retryAfterMinSeconds) {
            throw new IllegalArgumentException("ingest settings out of range");
        }
        if (lineWait.isNegative() || !connectionTimeout.isPositive()) {
            throw new IllegalArgumentException("the line's wait and the connection timeout cannot be negative");
        }
        if (lineWait.plus(connectionTimeout).compareTo(NODE_REQUEST_TIMEOUT) >= 0) {
            throw new IllegalArgumentException("a report may wait " + lineWait.toMillis() + " ms in line and "
                    + connectionTimeout.toMillis() + " ms for a connection: that is not under the "
                    + NODE_REQUEST_TIMEOUT.toSeconds() + " s node backends wait for an answer");
        }
    }

    /**
     * The ingest of a panel whose DATABASE_POOL_SIZE is {@code databasePoolSize}: a pool of a quarter
     * of it, at least 2 (a 1,000-user report keeps a database core busy, so more at once only slows
     * the other routes; 300 nodes once a minute need 5 reports a second), and half of those applying
     * small batches, so reports arriving meanwhile make the next batch larger. A batch of 1,000 users
     * is about as heavy as one 1,000-user report. Up to 16 reports wait per place, two seconds at
     * most: with the one-second wait for a connection after it, a report is answered within three
     * seconds even while the database does not answer.
     */
    public static IngestSettings forDatabasePool(int databasePoolSize) {
        int pool = Math.max(2, databasePoolSize / 4);
        return new IngestSettings(pool, Math.max(1, pool / 2), 1_000, 16, 16, Duration.ofSeconds(2), Duration.ofSeconds(1),
                1, 30);
    }
}
