package spanel.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret in a user's subscription URL. It is derived, never drawn and never stored: the
 * HMAC-SHA256, under a server key, of the user id and the user's rotation generation, URL-safe
 * Base64 without padding (43 characters, 256 bits). It has nothing to do with the password, the
 * access tokens or the invite code. Rotating bumps the generation, so the old token stops matching.
 * Never printed.
 */
public record SubscriptionToken(String value) {

    /** What a token in a URL may look like; anything else is a miss before any lookup. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22,128}");
    /** A key is at least as long as the hash it feeds. */
    public static final int MIN_KEY_BYTES = 32;

    public SubscriptionToken {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a subscription token");
        }
    }

    /** The token in a URL path segment, when it has the shape of one. */
    public static Optional<SubscriptionToken> parse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new SubscriptionToken(text)) : Optional.empty();
    }

    /** The token of a user at a generation, under the server key. */
    public static SubscriptionToken derive(byte[] key, long userId, long generation) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a subscription key has at least " + MIN_KEY_BYTES + " bytes");
        }
        byte[] tag = hmacSha256(key, ("subscription:" + userId + ":" + generation).getBytes(StandardCharsets.US_ASCII));
        return new SubscriptionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(tag));
    }

    /** HMAC-SHA256 on the JDK's provider: the one cryptographic package the domain may use besides java.*. */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256, and takes any key of 32 bytes or more", e);
        }
    }

    public TokenHash hash() {
        return TokenHash.of(value);
    }

    /** Whether both are the same token, compared in time that does not depend on where they differ. */
    public boolean matches(SubscriptionToken other) {
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII), other.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "SubscriptionToken[***]";
    }
}
