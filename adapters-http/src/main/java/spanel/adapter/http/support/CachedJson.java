package spanel.adapter.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers that nodes poll every minute (user lists, node info, rules) carry a weak ETag over their
 * exact bytes; a matching If-None-Match gets a bodiless 304. An empty If-None-Match counts as absent.
 */
public final class CachedJson {

    private CachedJson() {
    }

    public static void send(Context ctx, Object body) {
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the answer", e);
        }
        String etag = etag(bytes);
        ctx.header("ETag", etag);
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType("application/json").result(bytes);
    }

    /**
     * Answers a list that carries its own version (a list generation rather than a digest of the
     * bytes): a bodiless 304 when the caller already holds it, else the body with the version as
     * its ETag. Without a version, the ETag is over the bytes as in {@link #send}.
     */
    public static void sendVersioned(Context ctx, Optional<String> version, boolean unchanged, Supplier<Object> body) {
        if (version.isEmpty()) {
            send(ctx, body.get());
            return;
        }
        ctx.header("ETag", "W/\"" + version.get() + "\"");
        if (unchanged) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        try {
            ctx.contentType("application/json").result(Json.mapper().writeValueAsBytes(body.get()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the answer", e);
        }
    }

    /** The entity tags an If-None-Match names, without their weak prefix and quotes. */
    public static List<String> knownVersions(Context ctx) {
        String header = ctx.header("If-None-Match");
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tags.add(tag.substring(1, tag.length() - 1));
            }
        }
        return tags;
    }

    /** A weak ETag over exact bytes. */
    public static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "W/\"" + HexFormat.of().formatHex(Arrays.copyOf(digest, 8)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether an If-None-Match header names this ETag (weak or strong form, or *). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals(etag) || tag.equals(etag.substring(2)) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
