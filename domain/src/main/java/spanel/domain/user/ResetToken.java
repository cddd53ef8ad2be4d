package spanel.domain.user;

import java.util.random.RandomGenerator;

/**
 * The secret of a password-reset link: 256 random bits like an access token, mailed once and kept
 * only as its {@link #hash()}. It works once, for a limited time. Never printed.
 */
public record ResetToken(String value) {

    private static final int MAX_LENGTH = 256;

    public ResetToken {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a reset token");
        }
    }

    public static ResetToken random(RandomGenerator secureRandom) {
        return new ResetToken(AccessToken.random(secureRandom).value());
    }

    public TokenHash hash() {
        return TokenHash.of(value);
    }

    @Override
    public String toString() {
        return "ResetToken[***]";
    }
}
