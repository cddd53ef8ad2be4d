package spanel.domain.user;

import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * An opaque bearer token: 256 random bits, URL-safe Base64. It is derived from nothing the user
 * knows, handed out once, and kept only as its {@link #hash()}. Never printed.
 */
public record AccessToken(String value) {

    public static final int RANDOM_BYTES = 32;
    private static final int MAX_LENGTH = 256;

    public AccessToken {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not an access token");
        }
    }

    /** A fresh token from a cryptographically strong generator. */
    public static AccessToken random(RandomGenerator secureRandom) {
        byte[] bytes = new byte[RANDOM_BYTES];
        secureRandom.nextBytes(bytes);
        return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public TokenHash hash() {
        return TokenHash.of(value);
    }

    @Override
    public String toString() {
        return "AccessToken[***]";
    }
}
