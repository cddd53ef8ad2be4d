package spanel.adapter.http.support;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;

/** Reading what a request carries besides its body, and building commands from it. */
public final class Requests {

    private Requests() {
    }

    /**
     * Builds a command or domain value; a rule it refuses (IllegalArgumentException from a compact
     * constructor) is malformed input, a 400 naming the field.
     */
    public static <T> T build(String field, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "invalid" : e.getMessage();
            throw new InvalidRequest(message.startsWith(field) ? message : field + ": " + message);
        }
    }

    /** A positive integer from the query string, when present. */
    public static Optional<Long> optionalId(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parseId(name, text));
    }

    public static long pathId(Context ctx, String name) {
        return parseId(name, ctx.pathParam(name));
    }

    public static long parseId(String name, String text) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw InvalidRequest.field(name, "a positive integer is required");
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw InvalidRequest.field(field, "required");
        }
        return value;
    }
}
