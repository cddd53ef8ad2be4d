package spanel.domain.node;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A user's Shadowsocks-2022 key, derived from their password as SSPanel derives it, so existing
 * clients keep working: base64 of the first 16 (aes-128) or 32 (other 2022 ciphers) characters of
 * the hex SHA3-256 of the password.
 */
public final class Ss2022Keys {

    public static final String DEFAULT_CIPHER = "2022-blake3-aes-128-gcm";

    private Ss2022Keys() {
    }

    /** The user's key for the cipher, or empty when the cipher is not a 2022 one. */
    public static Optional<String> userKey(String passwd, String cipher) {
        if (!cipher.startsWith("2022-")) {
            return Optional.empty();
        }
        int length = cipher.equals(DEFAULT_CIPHER) ? 16 : 32;
        String hex = HexFormat.of().formatHex(sha3(passwd));
        return Optional.of(Base64.getEncoder().encodeToString(
                hex.substring(0, length).getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] sha3(String text) {
        try {
            return MessageDigest.getInstance("SHA3-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA3-256 is part of every Java 17+ runtime", e);
        }
    }
}
