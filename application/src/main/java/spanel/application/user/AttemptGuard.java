package spanel.application.user;

import java.util.List;
import java.util.Objects;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.domain.error.RateLimited;
import spanel.domain.user.Attempts;
import spanel.domain.user.RateLimit;

/** Applies one {@link RateLimit} to several keys at once (the client's address and the email). */
public final class AttemptGuard {

    private final AttemptLimiter limiter;
    private final RateLimit limit;

    public AttemptGuard(AttemptLimiter limiter, RateLimit limit) {
        this.limiter = Objects.requireNonNull(limiter);
        this.limit = Objects.requireNonNull(limit);
    }

    /** Refuses when any key has used up its window already; counts nothing. */
    void refuseIfSpent(List<String> keys) {
        for (String key : keys) {
            Attempts attempts = limiter.peek(key);
            if (limit.refusesAnotherAfter(attempts)) {
                throw new RateLimited(limit.retryAfterSeconds(attempts));
            }
        }
    }

    /** Counts an attempt on every key, and refuses when that took any of them over the limit. */
    void count(List<String> keys) {
        RateLimited refusal = null;
        for (String key : keys) {
            Attempts attempts = limiter.record(key, limit.window());
            if (limit.isExceededBy(attempts) && refusal == null) {
                refusal = new RateLimited(limit.retryAfterSeconds(attempts));
            }
        }
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Counts an attempt on every key without refusing: for failures, which are refused next time. */
    void countFailure(List<String> keys) {
        keys.forEach(key -> limiter.record(key, limit.window()));
    }
}
