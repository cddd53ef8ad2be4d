package spanel.domain.error;

/** Too many attempts in the current window: 429 rate_limited, with when to try again. */
public final class RateLimited extends Refusal {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimited(long retryAfterSeconds) {
        super(Kind.RATE_LIMITED, "rate_limited", "too many attempts, try again in " + retryAfterSeconds + " s");
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retryAfterSeconds must be at least 1");
        }
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
