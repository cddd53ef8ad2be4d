package spanel.domain.error;

/**
 * Input that is well formed but refers to something unusable (an unknown invite code, a product
 * that does not exist): 400 invalid_request. The message starts with the field's name.
 */
public final class InvalidInput extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String field, String problem) {
        super(Kind.INVALID, "invalid_request", field + ": " + problem);
    }

    private InvalidInput(String message) {
        super(Kind.INVALID, "invalid_request", message);
    }

    /** A broken domain rule whose message already starts with the field's name ("value: ..."). */
    public static InvalidInput of(IllegalArgumentException brokenRule) {
        return new InvalidInput(brokenRule.getMessage());
    }
}
