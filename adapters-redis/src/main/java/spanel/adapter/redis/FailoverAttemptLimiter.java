package spanel.adapter.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.domain.error.DependencyUnavailable;
import spanel.domain.user.Attempts;

/**
 * Counts attempts in Redis while it answers. When it does not, log-in and registration go on with
 * the limits counted in this process (each instance then counts its own), said once in the log;
 * Redis is asked again at most every {@link #RETRY_EVERY}, and when it answers the counting goes
 * back to it (with fresh windows: what was counted meanwhile stays in the process), said once too.
 */
final class FailoverAttemptLimiter implements AttemptLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(FailoverAttemptLimiter.class);

    /** How long the limiter stays in the process before it asks Redis again. */
    static final Duration RETRY_EVERY = Duration.ofSeconds(10);

    private final AttemptLimiter redis;
    private final AttemptLimiter local;
    private final Clock clock;
    /** When to ask Redis again; null while counting in Redis. */
    private Instant retryRedisAt;

    FailoverAttemptLimiter(AttemptLimiter redis, AttemptLimiter local, Clock clock) {
        this.redis = redis;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public Attempts record(String key, Duration window) {
        return counted(limiter -> limiter.record(key, window));
    }

    @Override
    public Attempts peek(String key) {
        return counted(limiter -> limiter.peek(key));
    }

    /** Shared while Redis counts; when it is time to ask Redis again, asks first (so /health sees a recovery). */
    @Override
    public boolean isShared() {
        Instant retryAt = retryAt();
        if (retryAt != null && !clock.instant().isBefore(retryAt)) {
            counted(limiter -> limiter.peek("health"));
        }
        return retryAt() == null;
    }

    private Attempts counted(Function<AttemptLimiter, Attempts> call) {
        Instant retryAt = retryAt();
        if (retryAt != null && clock.instant().isBefore(retryAt)) {
            return call.apply(local);
        }
        Attempts attempts;
        try {
            attempts = call.apply(redis);
        } catch (DependencyUnavailable down) {
            synchronized (this) {
                if (retryRedisAt == null) {
                    LOG.warn("Redis does not answer: log-in and registration limits are counted in this process until it "
                            + "does (each instance counts its own); asking again every {} s", RETRY_EVERY.toSeconds());
                }
                retryRedisAt = clock.instant().plus(RETRY_EVERY);
            }
            return call.apply(local);
        }
        if (retryAt != null) {
            synchronized (this) {
                if (retryRedisAt != null) {
                    retryRedisAt = null;
                    LOG.warn("Redis answers again: log-in and registration limits are counted in Redis again");
                }
            }
        }
        return attempts;
    }

    private synchronized Instant retryAt() {
        return retryRedisAt;
    }
}
