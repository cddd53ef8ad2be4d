package spanel.adapter.http.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.KeyAgreement;
import com.fasterxml.jackson.databind.node.ObjectNode;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;

/**
 * A VLESS node with REALITY, described once in its custom_config in the shape XrayR's SSPanel
 * client reads ({@code security: "reality"}, {@code enable_reality: true}, {@code reality-opts} with
 * {@code dest} "host:port", {@code server_names}, {@code private_key}, {@code short_ids}, and
 * optionally {@code proxy_protocol_ver}, {@code min_client_ver}, {@code max_client_ver},
 * {@code max_time_diff}), and served to UniProxy clients as the {@code tls_settings} V2bX decodes.
 * The {@code public_key} clients need is derived from the private key and stored beside it. A node
 * missing a required field, or with a public key of another pair, is refused when it is saved, never
 * served broken. X25519 is done here, where REALITY settings are read, so the domain stays free of it.
 */
public final class Reality {

    private static final String OPTS = "reality-opts";
    private static final int KEY_BYTES = 32;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final BigInteger BASE_POINT = BigInteger.valueOf(9);
    private static final String FIELD = "custom_config." + OPTS + ".";

    private Reality() {
    }

    /** Whether the config asks for REALITY. */
    public static boolean wanted(JsonNode config) {
        return "reality".equals(config.path("security").asText("")) || config.path("enable_reality").asBoolean(false);
    }

    /**
     * Checks a REALITY config with the types XrayR and V2bX decode, naming the first field that is
     * missing or wrong; the result stores {@code enable_reality: true} beside {@code security}.
     */
    public static ObjectNode checked(ObjectNode config) {
        JsonNode enable = config.get("enable_reality");
        if (enable != null && !enable.isBoolean()) {
            throw InvalidRequest.field("custom_config.enable_reality", "must be true or false");
        }
        if (!"reality".equals(config.path("security").asText(""))) {
            throw InvalidRequest.field("custom_config.security", "must be \"reality\" when enable_reality is true");
        }
        if (!"1".equals(config.path("enable_vless").asText(""))) {
            throw InvalidRequest.field("custom_config.enable_vless", "REALITY runs on VLESS: set \"1\"");
        }
        JsonNode flow = config.get("flow");
        if (flow != null && !flow.isTextual()) {
            throw InvalidRequest.field("custom_config.flow", "must be a string (e.g. \"xtls-rprx-vision\")");
        }
        JsonNode opts = config.get(OPTS);
        if (opts == null || !opts.isObject()) {
            throw InvalidRequest.field("custom_config." + OPTS,
                    "REALITY needs an object with dest, server_names and private_key");
        }
        requiredText(opts, "dest");
        requiredText(opts, "private_key");
        JsonNode names = opts.get("server_names");
        if (names == null || !names.isArray() || names.isEmpty() || !allText(names, false)) {
            throw InvalidRequest.field(FIELD + "server_names", "a list of at least one server name is required");
        }
        JsonNode shortIds = opts.get("short_ids");
        if (shortIds != null && (!shortIds.isArray() || !allText(shortIds, true))) {
            throw InvalidRequest.field(FIELD + "short_ids", "must be a list of strings");
        }
        for (String key : new String[] {"proxy_protocol_ver", "max_time_diff"}) {
            JsonNode value = opts.get(key);
            if (value != null && (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0)) {
                throw InvalidRequest.field(FIELD + key, "must be a whole number, 0 or more");
            }
        }
        for (String key : new String[] {"min_client_ver", "max_client_ver"}) {
            JsonNode value = opts.get(key);
            if (value != null && !value.isTextual()) {
                throw InvalidRequest.field(FIELD + key, "must be a string");
            }
        }
        String publicKey = publicKeyOf(opts.get("private_key").asText().strip());
        samePublicKey(opts.get("public_key"), FIELD + "public_key", publicKey);
        samePublicKey(config.get("pbk"), "custom_config.pbk", publicKey);
        ObjectNode stored = config.deepCopy();
        stored.put("enable_reality", true);
        ((ObjectNode) stored.get(OPTS)).put("public_key", publicKey);
        return stored;
    }

    /**
     * The public key clients need, from the node's private key, both as {@code xray x25519} prints
     * them: 32 bytes in base64url without padding. The public key is X25519 of the private key and
     * the curve's base point (RFC 7748), which is what a key agreement with the base point computes.
     */
    public static String publicKeyOf(String privateKey) {
        byte[] scalar = KEY.matcher(privateKey).matches() ? Base64.getUrlDecoder().decode(privateKey) : new byte[0];
        if (scalar.length != KEY_BYTES) {
            throw InvalidRequest.field(FIELD + "private_key",
                    "must be an X25519 private key as xray x25519 prints it (43 base64url characters)");
        }
        try {
            KeyFactory keys = KeyFactory.getInstance("XDH");
            KeyAgreement agreement = KeyAgreement.getInstance("X25519");
            agreement.init(keys.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar)));
            agreement.doPhase(keys.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, BASE_POINT)), true);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(agreement.generateSecret());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is part of every Java runtime from 11 on", e);
        }
    }

    /** A public key the operator gave must be the private key's, or every client would fail its handshake. */
    private static void samePublicKey(JsonNode given, String field, String publicKey) {
        if (given != null && !given.isNull() && !publicKey.equals(given.asText().strip())) {
            throw InvalidRequest.field(field, "is not the public key of reality-opts.private_key, which is " + publicKey
                    + " (leave it out and spanel derives it)");
        }
    }

    /**
     * UniProxy's tls_settings for a REALITY node, as V2bX and XrayR's NewV2board decode them: every
     * value a string ({@code server_port} and {@code xver} included), the dest split into host and port.
     */
    public static ObjectNode tlsSettings(ObjectNode config) {
        JsonNode opts = checked(config).get(OPTS);
        String dest = opts.get("dest").asText().strip();
        String host = dest;
        String port = "443";
        int colon = dest.lastIndexOf(':');
        if (colon > 0 && dest.substring(colon + 1).matches("\\d{1,5}")
                && (dest.indexOf(':') == colon || dest.startsWith("["))) {
            host = dest.substring(0, colon);
            port = dest.substring(colon + 1);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        ObjectNode tls = Json.mapper().createObjectNode();
        tls.put("server_name", opts.get("server_names").get(0).asText());
        tls.put("dest", host);
        tls.put("server_port", port);
        tls.put("private_key", opts.get("private_key").asText());
        JsonNode shortIds = opts.path("short_ids");
        tls.put("short_id", shortIds.isArray() && !shortIds.isEmpty() ? shortIds.get(0).asText() : "");
        long xver = opts.path("proxy_protocol_ver").asLong(0);
        if (xver > 0) {
            tls.put("xver", Long.toString(xver));
        }
        return tls;
    }

    private static void requiredText(JsonNode opts, String key) {
        JsonNode value = opts.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw InvalidRequest.field(FIELD + key, "is required (a non-empty string)");
        }
    }

    private static boolean allText(JsonNode array, boolean blankAllowed) {
        for (JsonNode item : array) {
            if (!item.isTextual() || (!blankAllowed && item.asText().isBlank())) {
                return false;
            }
        }
        return true;
    }
}
