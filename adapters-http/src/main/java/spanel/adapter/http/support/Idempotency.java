package spanel.adapter.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import spanel.application.request.port.in.AnswerOnce;

/**
 * The Idempotency-Key header on the money routes: without it the request runs as always; with it,
 * {@link AnswerOnce} runs it once per user and key and a repeat gets the first answer byte for byte,
 * marked {@code Idempotent-Replayed: true}. Requests count as the same when method, path and body
 * are; the body is compared as JSON, so key order and spacing do not matter.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private Idempotency() {
    }

    /** Answers {@code data} in the envelope, once per key when the request carries one. */
    public static void answer(Context ctx, AnswerOnce once, Supplier<Object> data) {
        answer(ctx, once, data, false);
    }

    /**
     * As {@link #answer(Context, AnswerOnce, Supplier)}, for work that calls a payment gateway: no
     * transaction is held while the gateway answers, and the same key meanwhile is a 409
     * idempotency_in_progress.
     */
    public static void answerAroundACall(Context ctx, AnswerOnce once, Supplier<Object> data) {
        answer(ctx, once, data, true);
    }

    private static void answer(Context ctx, AnswerOnce once, Supplier<Object> data, boolean callsOut) {
        String key = ctx.header(HEADER);
        if (key == null) {
            ctx.json(Envelope.ok(data.get()));
            return;
        }
        var command = Fields.rule(() -> new AnswerOnce.Command(Callers.of(ctx).userId(), unquoted(key.strip()),
                fingerprint(ctx), callsOut));
        AnswerOnce.Answered answered = once.answer(command, () -> serialised(Envelope.ok(data.get())));
        if (answered.repeat()) {
            ctx.header(REPLAYED, "true");
        }
        ctx.contentType("application/json").result(answered.body());
    }

    /** The draft standard sends the key as a structured-field string, in quotes; plain tokens are taken as they are. */
    static String unquoted(String key) {
        return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }

    static String fingerprint(Context ctx) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((ctx.method().name() + " " + ctx.path() + "\n" + canonicalBody(ctx.body()))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The body as JSON with sorted keys and no spacing; a body that is not JSON as it came. */
    static String canonicalBody(String body) {
        try {
            return body == null || body.isBlank() ? "" : Json.mapper().writeValueAsString(sorted(Json.mapper().readTree(body)));
        } catch (JsonProcessingException e) {
            return body;
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = Json.mapper().createObjectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> copy.set(name, sorted(object.get(name))));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = Json.mapper().createArrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static String serialised(Object answer) {
        try {
            return Json.mapper().writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that cannot be written", e);
        }
    }
}
