package spanel.adapter.http.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import spanel.domain.error.InvalidInput;
import spanel.domain.money.Money;
import spanel.domain.page.PageRequest;

/**
 * Reading request fields one by one, each failure a 400 naming its field: for bodies whose
 * fields may be left out (partial updates) or take several forms (money as number or string).
 */
public final class Fields {

    private Fields() {
    }

    /** Runs a domain constructor; a rule it refuses becomes a 400 naming the field. */
    public static <T> T checked(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "invalid" : e.getMessage();
            throw new InvalidRequest(message.startsWith(field + ":") ? message : field + ": " + message);
        }
    }

    /**
     * Runs a domain rule whose refusals already name their field ("value: ...", or an
     * {@link InvalidInput}): a 400 as it says, in the wire shape of the route (mod_mu's "Invalid data: ...").
     */
    public static <T> T rule(Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(e.getMessage() == null ? "body: invalid" : e.getMessage());
        } catch (InvalidInput e) {
            throw new InvalidRequest(e.getMessage());
        }
    }

    /**
     * Runs a domain rule on one element of a list: its {@link InvalidInput} names the element's own
     * field ("u: ..."), and the 400 names it where it stands in the body ("data[3].u: ...").
     */
    public static <T> T within(String element, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidInput e) {
            throw new InvalidRequest(element + "." + e.getMessage());
        }
    }

    /** As {@link #rule}, for a domain check that answers nothing. */
    public static void check(Runnable rule) {
        rule(() -> {
            rule.run();
            return rule;
        });
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw InvalidRequest.field(field, "is required");
        }
        return value;
    }

    /**
     * The body as a JSON object; a declared Content-Type other than JSON is a 415. A top-level number
     * written with an exponent is refused by whichever field reads it (money as "1e3" is), since the
     * tree alone no longer tells 1e3 from 1000.
     */
    public static ObjectNode object(Context ctx) {
        JsonNode body = Json.body(ctx, JsonNode.class);
        if (!(body instanceof ObjectNode object)) {
            throw new InvalidRequest("body: a JSON object is required");
        }
        Decimal.markExponents(ctx.body(), object);
        return object;
    }

    /** Whether the field is there as an explicit null: "no limit", "no expiry". */
    public static boolean isNull(ObjectNode json, String name) {
        return json.has(name) && json.get(name).isNull();
    }

    public static Optional<String> text(ObjectNode json, String name, String path) {
        JsonNode node = json.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw InvalidRequest.field(path, "must be a string");
        }
        return Optional.of(node.asText());
    }

    public static Optional<Long> whole(ObjectNode json, String name, String path) {
        JsonNode node = json.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw InvalidRequest.field(path, "must be a whole number");
        }
        return Optional.of(node.asLong());
    }

    public static Optional<Integer> integer(ObjectNode json, String name, String path) {
        return whole(json, name, path).map(value -> {
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw InvalidRequest.field(path, "out of range");
            }
            return value.intValue();
        });
    }

    public static Optional<Boolean> bool(ObjectNode json, String name, String path) {
        JsonNode node = json.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw InvalidRequest.field(path, "must be true or false");
        }
        return Optional.of(node.asBoolean());
    }

    /** A decimal given as a JSON number or a string ("19.99"), as the contract allows for money: see {@link Decimal}. */
    public static Optional<BigDecimal> decimal(ObjectNode json, String name, String path) {
        JsonNode node = json.get(name);
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of(Decimal.of(node)
                .orElseThrow(() -> InvalidRequest.field(path, "must be ASCII digits with at most two decimals, e.g. 19.99"))
                .value());
    }

    /** Money that cannot be negative, with at most two decimals. */
    public static Optional<Money> money(ObjectNode json, String name) {
        return decimal(json, name, name).map(value -> new Decimal(value).money(name));
    }

    /** An ISO-8601 time, with an offset ("2026-01-31T00:00:00Z"). */
    public static Optional<Instant> time(ObjectNode json, String name) {
        return text(json, name, name).map(value -> {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidRequest.field(name, "an ISO-8601 time with an offset is required, e.g. 2026-01-31T00:00:00Z");
            }
        });
    }

    /** A positive id from the path. */
    public static long pathId(Context ctx, String name) {
        return positiveId(name, ctx.pathParam(name));
    }

    /** A positive id from the query string, when present. */
    public static Optional<Long> queryId(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(positiveId(name, text));
    }

    /**
     * A positive id in ASCII digits and nothing else: "１" or "١" are not ids, though Java's number
     * parsing reads them, and neither is " 1" nor "2\n" (a path's %20 and %0A are decoded before this).
     */
    public static long positiveId(String name, String text) {
        if (isAsciiDigits(text)) {
            try {
                long id = Long.parseLong(text);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // Too large: falls through to the refusal below.
            }
        }
        throw InvalidRequest.field(name, "must be a positive whole number in ASCII digits");
    }

    /** Whether the text is one or more of 0-9, and nothing else. */
    public static boolean isAsciiDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** An optional whole-number query parameter. */
    public static Optional<Long> queryWhole(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String digits = text.startsWith("-") ? text.substring(1) : text;
        try {
            if (isAsciiDigits(digits)) {
                return Optional.of(Long.parseLong(text));
            }
        } catch (NumberFormatException e) {
            // Too large: refused below.
        }
        throw InvalidRequest.field(name, "must be a whole number in ASCII digits");
    }

    /** {@code ?page=&size=}, the paging of every list: page from 1, size 1..100, 20 when left out. */
    public static PageRequest page(Context ctx) {
        return page(ctx, "size");
    }

    /**
     * As {@link #page(Context)}, where the size may also come under an older name (the purchases'
     * {@code limit}); both at once is a 400 naming the older one.
     */
    public static PageRequest page(Context ctx, String sizeAlias) {
        Optional<Long> size = queryWhole(ctx, "size");
        String sizeName = "size";
        if (!sizeAlias.equals("size") && ctx.queryParam(sizeAlias) != null) {
            if (size.isPresent()) {
                throw InvalidRequest.field(sizeAlias, "give size or " + sizeAlias + ", not both");
            }
            size = queryWhole(ctx, sizeAlias);
            sizeName = sizeAlias;
        }
        long page = queryWhole(ctx, "page").orElse(1L);
        if (page < 1 || page > Integer.MAX_VALUE) {
            throw InvalidRequest.field("page", "must be 1 or more");
        }
        long rows = size.orElse((long) PageRequest.DEFAULT_SIZE);
        if (rows < 1 || rows > PageRequest.MAX_SIZE) {
            throw InvalidRequest.field(sizeName, "must be from 1 to " + PageRequest.MAX_SIZE);
        }
        return new PageRequest((int) page, (int) rows);
    }
}
