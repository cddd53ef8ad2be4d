package spanel.domain.error;

/**
 * A request repeated under its Idempotency-Key while the first is still being carried out (its
 * gateway has not answered yet): 409 idempotency_in_progress, nothing done; the client retries.
 */
public final class IdempotencyInProgress extends Refusal {

    private static final long serialVersionUID = 1L;

    public IdempotencyInProgress(String message) {
        super(Kind.CONFLICT, "idempotency_in_progress", message);
    }
}
