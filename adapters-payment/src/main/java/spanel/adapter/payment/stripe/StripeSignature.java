package spanel.adapter.payment.stripe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Stripe-Signature header (t=...,v1=...): HMAC-SHA256 of "t.body" with the endpoint
 * secret, any v1 may match (secret rotation), and t within the tolerance of now.
 */
final class StripeSignature {

    static final Duration TOLERANCE = Duration.ofSeconds(300);

    private StripeSignature() {
    }

    /** Empty when the header is authentic and fresh; otherwise why not. */
    static Optional<String> problem(String header, String rawBody, String secret, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.of("no Stripe-Signature header");
        }
        String timestamp = null;
        List<String> candidates = new ArrayList<>();
        for (String item : header.split(",")) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String scheme = item.substring(0, eq).strip();
            String value = item.substring(eq + 1).strip();
            if (scheme.equals("t")) {
                timestamp = value;
            } else if (scheme.equals("v1")) {
                candidates.add(value);
            }
        }
        long t;
        try {
            t = Long.parseLong(timestamp == null ? "" : timestamp);
        } catch (NumberFormatException e) {
            return Optional.of("no valid t in Stripe-Signature");
        }
        if (candidates.isEmpty()) {
            return Optional.of("no v1 signature");
        }
        byte[] expected = sign(t + "." + rawBody, secret).getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        for (String candidate : candidates) {
            // No early exit: every candidate is compared, each in constant time.
            matched |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8));
        }
        if (!matched) {
            return Optional.of("no v1 signature matches");
        }
        if (Math.abs(now.getEpochSecond() - t) > TOLERANCE.toSeconds()) {
            return Optional.of("timestamp outside the " + TOLERANCE.toSeconds() + " s tolerance");
        }
        return Optional.empty();
    }

    static String sign(String payload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
