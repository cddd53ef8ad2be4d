package spanel.adapter.http.support;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.stream.Collectors;

/**
 * The one ObjectMapper: snake_case on the wire, strict about types (no "1" for 1, no 1.5 for a
 * whole number, no null for a number), tolerant of fields it does not know, since node backends and
 * gateways send more than we read.
 */
public final class Json {

    private static final ObjectMapper MAPPER = build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a request body into a record; malformed JSON, a wrongly typed field, a NUL character in
     * any string (PostgreSQL refuses to store one) or a body of {@code null} is an {@link InvalidRequest}.
     * For the node-facing wire formats, which take whatever Content-Type their backends send.
     */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequest("body: a JSON object is required");
        }
        return parse(() -> MAPPER.createParser(body), mayHoldNul(body), type);
    }

    /**
     * As {@link #read(String, Class)}, from the bytes as they came (UTF-8, or UTF-16/32 as the
     * bytes show): a large node report is parsed without being decoded into a String first.
     */
    public static <T> T read(byte[] body, Class<T> type) {
        if (body == null || isBlank(body)) {
            throw new InvalidRequest("body: a JSON object is required");
        }
        return parse(() -> MAPPER.createParser(body), mayHoldNul(body), type);
    }

    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static <T> T parse(ParserSource source, boolean mayHoldNul, Class<T> type) {
        T value;
        try (JsonParser parser = mayHoldNul ? new NulRefusingParser(source.open()) : source.open()) {
            value = MAPPER.readValue(parser, type);
        } catch (InvalidRequest e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw refusalIn(e).orElseGet(() -> describe(e));
        } catch (IOException e) {
            throw new InvalidRequest("body: malformed JSON");
        }
        if (value == null || value instanceof JsonNode node && node.isNull()) {
            throw new InvalidRequest("body: a JSON object is required, not null");
        }
        return value;
    }

    /**
     * As {@link #read(String, Class)} for the panel's own JSON routes, which also insist on the
     * Content-Type: a request that declares a body of another type is a 415. No Content-Type at all
     * is read as JSON.
     */
    public static <T> T body(Context ctx, Class<T> type) {
        requireJsonContentType(ctx);
        return read(ctx.body(), type);
    }

    /** Refuses a request whose declared Content-Type is not JSON (application/json or any +json type). */
    public static void requireJsonContentType(Context ctx) {
        String declared = ctx.header("Content-Type");
        if (declared == null || declared.isBlank()) {
            return;
        }
        String mediaType = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw new UnsupportedMediaTypeResponse("body: Content-Type must be application/json, not " + mediaType);
        }
    }

    /**
     * A NUL reaches a parsed string only as the character itself or as the escape {@code \u0000}:
     * a body with neither (every node report) is parsed without checking each token.
     */
    static boolean mayHoldNul(String body) {
        return body.indexOf('\0') >= 0 || body.contains("\\u0000");
    }

    /**
     * As {@link #mayHoldNul(String)} for raw bytes: a zero byte (a NUL in UTF-8, or any UTF-16/32
     * text, which is then checked token by token) or the escape.
     */
    static boolean mayHoldNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0 || body[i] == '\\' && i + 5 < body.length && body[i + 1] == 'u'
                    && body[i + 2] == '0' && body[i + 3] == '0' && body[i + 4] == '0' && body[i + 5] == '0') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A refusal thrown while reading (a NUL in a string), wrapped by Jackson on its way out. */
    private static Optional<InvalidRequest> refusalIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidRequest refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /**
     * Hands tokens on unchanged, but refuses a string value or a field name holding a NUL
     * character, naming where it is ("data[2].ip").
     */
    private static final class NulRefusingParser extends JsonParserDelegate {

        NulRefusingParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && getText().indexOf('\0') >= 0) {
                throw InvalidRequest.field(where(), "must not contain a NUL character");
            }
            return token;
        }

        @Override
        public String nextFieldName() throws IOException {
            // Route through nextToken() so that no shortcut skips the check.
            return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public String nextTextValue() throws IOException {
            return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }

        private String where() {
            StringBuilder path = new StringBuilder();
            for (JsonStreamContext context = getParsingContext(); context != null && !context.inRoot();
                    context = context.getParent()) {
                if (context.inArray()) {
                    path.insert(0, "[" + Math.max(0, context.getCurrentIndex()) + "]");
                } else if (context.getCurrentName() != null) {
                    path.insert(0, "." + context.getCurrentName());
                }
            }
            String text = path.toString().replaceFirst("^\\.", "");
            return text.isEmpty() ? "body" : text;
        }
    }

    static InvalidRequest describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonParseException || original.contains("end-of-input")) {
            return new InvalidRequest("body: malformed JSON");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String problem = e instanceof InvalidFormatException || e instanceof MismatchedInputException
                    ? "wrong type or value" : "invalid";
            return InvalidRequest.field(field, problem);
        }
        if (e instanceof MismatchedInputException) {
            return new InvalidRequest("body: a JSON object is required");
        }
        return new InvalidRequest("body: malformed JSON");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static ObjectMapper build() {
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new SimpleModule().addDeserializer(Decimal.class, new Decimal.Reader()))
                .build();
        // A string is never silently a number, nor a number a string.
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // Nor is true a string ("report_id": true is not the id "true"), nor a number a boolean or a string.
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }
}
