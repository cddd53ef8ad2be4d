package spanel.application.ticket;

import java.util.Objects;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.domain.error.RateLimited;
import spanel.domain.user.Attempts;
import spanel.domain.user.RateLimit;
import spanel.domain.user.UserId;

/**
 * How many tickets and replies one user may send in a window (TICKET_RATE_LIMIT an hour), counted
 * where every instance sees them when Redis is configured. Staff are not limited.
 */
public final class TicketLimit {

    private final AttemptLimiter limiter;
    private final RateLimit limit;

    public TicketLimit(AttemptLimiter limiter, RateLimit limit) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /** Counts one message of the user's, and refuses it when that goes over the limit. */
    void count(UserId user) {
        Attempts attempts = limiter.record("ticket:user:" + user.value(), limit.window());
        if (limit.isExceededBy(attempts)) {
            throw new RateLimited(limit.retryAfterSeconds(attempts));
        }
    }
}
