package spanel.domain.error;

/**
 * A dependency (the store, the database) does not answer right now: 503 unavailable, with when
 * to try again. Nothing was changed by the request that met it, or it is safe to send again.
 */
public final class DependencyUnavailable extends Refusal {

    private static final long serialVersionUID = 1L;

    /** How long a client is told to wait before it tries again. */
    public static final long RETRY_AFTER_SECONDS = 5;

    public DependencyUnavailable(String what) {
        super(Kind.UNAVAILABLE, "unavailable", what + " does not answer; try again in " + RETRY_AFTER_SECONDS + " s");
    }
}
