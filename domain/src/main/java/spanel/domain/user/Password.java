package spanel.domain.user;

import java.nio.charset.StandardCharsets;

/**
 * A password as a person typed it, before hashing: at least 8 characters, and at most 72 bytes
 * in UTF-8, because bcrypt ignores anything past 72 bytes and a password must not silently lose
 * its tail. Never printed.
 */
public record Password(String value) {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

    public Password {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a password is required");
        }
        if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("at least " + MIN_LENGTH + " characters are required");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("at most " + MAX_BYTES + " bytes are allowed");
        }
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
