package spanel.adapter.http.support;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers that nodes poll every minute (user lists, node info, rules) carry a weak ETag over their
 * exact bytes; a matching If-None-Match gets a bodiless 304. An empty If-None-Match counts as absent.
 * Bodies are written straight into the (compressed) response, never held whole: a list of 100,000
 * users is tens of megabytes of JSON. Only a versioned list's gzip bytes are kept ({@link KeptGzip}).
 */
public final class CachedJson {

    private CachedJson() {
    }

    /** The body is serialised twice, first only into its digest, so the ETag is known before the body goes out. */
    public static void send(Context ctx, Object body) {
        MessageDigest digest = sha256();
        write(new DigestOutputStream(OutputStream.nullOutputStream(), digest), body);
        String etag = weak(digest.digest());
        ctx.header("ETag", etag);
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType("application/json");
        write(ctx.outputStream(), body);
    }

    /**
     * Answers a list that carries its own version (a list generation rather than a digest of the
     * bytes): a bodiless 304 when the caller already holds it, else the body with the version as
     * its ETag. Without a version, the ETag is over the bytes as in {@link #send}. A caller that
     * accepts gzip gets the body's bytes as {@code kept} holds them, compressed once for every node
     * handed the same listing; any other caller gets it serialised afresh, uncompressed.
     */
    public static void sendVersioned(Context ctx, Optional<String> version, boolean unchanged, KeptGzip kept,
            KeptGzip.Body body) {
        if (version.isEmpty()) {
            send(ctx, body.body().get());
            return;
        }
        ctx.header("ETag", "W/\"" + version.get() + "\"");
        if (unchanged) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType("application/json");
        if (!acceptsGzip(ctx.header("Accept-Encoding"))) {
            write(ctx.outputStream(), body.body().get());
            return;
        }
        byte[] gzip = kept.gzip(body);
        // Already compressed: Javalin leaves a response alone that names its own encoding.
        ctx.disableCompression();
        ctx.header("Content-Encoding", "gzip");
        ctx.res().setContentLength(gzip.length);
        try {
            ctx.outputStream().write(gzip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the answer", e);
        }
    }

    /** Whether an Accept-Encoding header names gzip, and not with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].replace(" ", "");
                    if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")
                            && parameter.substring(2).matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Serialises into the stream and flushes it, leaving it open: the server closes the response. */
    static void write(OutputStream out, Object body) {
        try (JsonGenerator json = Json.mapper().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            Json.mapper().writeValue(json, body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the answer", e);
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
        return weak(sha256().digest(bytes));
    }

    private static String weak(byte[] digest) {
        return "W/\"" + HexFormat.of().formatHex(Arrays.copyOf(digest, 8)) + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
