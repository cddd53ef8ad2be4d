package spanel.domain.error;

/** A request repeated under its Idempotency-Key with another body: 422 idempotency_mismatch, nothing done. */
public final class IdempotencyMismatch extends Refusal {

    private static final long serialVersionUID = 1L;

    public IdempotencyMismatch(String message) {
        super(Kind.UNPROCESSABLE, "idempotency_mismatch", message);
    }
}
