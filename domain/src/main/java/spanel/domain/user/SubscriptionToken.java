package spanel.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

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
    private static final int BLOCK_BYTES = 64;
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

    /** HMAC-SHA256 as RFC 2104 defines it, on the JDK's SHA-256 (the domain uses java.* only). */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[BLOCK_BYTES];
            byte[] k = key.length > BLOCK_BYTES ? sha256.digest(key) : key;
            System.arraycopy(k, 0, block, 0, k.length);
            byte[] inner = new byte[BLOCK_BYTES];
            byte[] outer = new byte[BLOCK_BYTES];
            for (int i = 0; i < BLOCK_BYTES; i++) {
                inner[i] = (byte) (block[i] ^ 0x36);
                outer[i] = (byte) (block[i] ^ 0x5c);
            }
            sha256.update(inner);
            byte[] innerHash = sha256.digest(message);
            sha256.update(outer);
            return sha256.digest(innerHash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
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
