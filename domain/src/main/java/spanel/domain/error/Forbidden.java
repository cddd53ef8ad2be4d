package spanel.domain.error;

/** The caller is known but may not do this: 403 forbidden. */
public final class Forbidden extends Refusal {

    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
        super(Kind.FORBIDDEN, "forbidden", message);
    }
}
