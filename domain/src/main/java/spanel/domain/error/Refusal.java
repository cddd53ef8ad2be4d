package spanel.domain.error;

import java.util.Objects;

/**
 * An expected business refusal: the request was understood and is declined for a reason the caller
 * can act on. Each carries a stable machine code from the contract (insufficient_balance, ...) and
 * a kind that the HTTP edge maps to a status, once, in one place.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Families of refusal; each maps to one HTTP status at the edge. */
    public enum Kind {
        INVALID,
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        /** Understood and well-formed, but contradicting what the same request said before (422). */
        UNPROCESSABLE,
        RATE_LIMITED,
        UNAVAILABLE,
        GATEWAY_FAILED
    }

    private final Kind kind;
    private final String code;

    public Refusal(Kind kind, String code, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
