package spanel.domain.error;

/** The thing asked for does not exist: 404 not_found. */
public final class NotFound extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(Kind.NOT_FOUND, "not_found", message);
    }
}
