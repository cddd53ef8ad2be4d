package spanel.adapter.http.support;

/** Malformed input found while parsing a request, before any use case runs: a 400 naming the field. */
public final class InvalidRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidRequest(String message) {
        super(message, null, false, false);
    }

    public static InvalidRequest field(String field, String problem) {
        return new InvalidRequest(field + ": " + problem);
    }
}
