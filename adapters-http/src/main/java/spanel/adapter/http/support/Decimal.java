package spanel.adapter.http.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;

/**
 * A decimal in a request record, as the contract lets money travel: a JSON number or a numeric
 * string ("19.99"), written in ASCII digits with at most two decimals and an optional leading
 * minus (no exponent, no plus, no space). Anything else is a 400 naming the field.
 */
public record Decimal(BigDecimal value) {

    public Decimal {
        Objects.requireNonNull(value, "value");
    }

    /** Money that cannot be negative, with at most two decimals; a 400 naming the field otherwise. */
    public Money money(String field) {
        return Fields.checked(field, () -> Money.ofFen(Money.toFen(value)));
    }

    /** The same reading for a field of a JSON object read whole (partial updates), after {@link #markExponents}. */
    static Optional<Decimal> of(JsonNode node) {
        if (node.isNumber()) {
            return Optional.of(new Decimal(node.decimalValue()));
        }
        return node.isTextual() ? parse(node.asText()) : Optional.empty();
    }

    /**
     * A tree keeps a number's value, not how it was written, so 1e3 would reach {@link #of} as
     * 1000. This reads the body once more and puts, in place of each top-level number written with
     * an exponent, a value that is neither a number nor text: every reading of a field then refuses
     * it, a decimal as "1e3" is refused, a whole number or a string as any other wrong type is.
     */
    static void markExponents(String body, ObjectNode tree) {
        try (JsonParser parser = Json.mapper().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NUMBER_FLOAT && parser.getText().toLowerCase(Locale.ROOT).contains("e")) {
                    tree.set(name, new POJONode(new WrittenWithExponent(parser.getText())));
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a body that parsed once no longer parses", e);
        }
    }

    /** A number as written with an exponent, "1e3": what {@link #markExponents} leaves in its place. */
    record WrittenWithExponent(String text) {
    }

    private static Optional<Decimal> parse(String text) {
        return Money.isAmountText(text) ? Optional.of(new Decimal(new BigDecimal(text))) : Optional.empty();
    }

    /** Registered on the one ObjectMapper ({@link Json}). */
    static final class Reader extends StdDeserializer<Decimal> {

        Reader() {
            super(Decimal.class);
        }

        @Override
        public Decimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            // A JSON number is read from its text too, so 1e3 is refused as "1e3" is.
            Optional<Decimal> read = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                    || token == JsonToken.VALUE_STRING ? parse(parser.getText()) : Optional.empty();
            if (read.isEmpty()) {
                return (Decimal) context.handleUnexpectedToken(Decimal.class, parser);
            }
            return read.get();
        }
    }
}
