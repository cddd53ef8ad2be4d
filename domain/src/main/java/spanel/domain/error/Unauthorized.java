package spanel.domain.error;

/** Missing or wrong credentials, or a token that no longer works: 401 unauthorized. */
public final class Unauthorized extends Refusal {

    private static final long serialVersionUID = 1L;

    public Unauthorized(String message) {
        super(Kind.UNAUTHORIZED, "unauthorized", message);
    }
}
