package spanel.domain.node;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Shadowsocks-2022 keys. A user's key is derived from their password as SSPanel derives it, so
 * existing clients keep working: base64 of the first 16 (aes-128) or 32 (other 2022 ciphers)
 * characters of the hex SHA3-256 of the password. The server's key (PSK) is random bytes of the
 * length the cipher needs: 16 for 2022-blake3-aes-128-gcm, 32 for the others.
 */
public final class Ss2022Keys {

    public static final String DEFAULT_CIPHER = "2022-blake3-aes-128-gcm";

    /** The Shadowsocks-2022 ciphers XrayR and V2bX know. */
    public static final Set<String> CIPHERS = Set.of(DEFAULT_CIPHER, "2022-blake3-aes-256-gcm",
            "2022-blake3-chacha20-poly1305");

    private Ss2022Keys() {
    }

    /** The user's key for the cipher from their password, or empty when the cipher is not a 2022 one. */
    public static Optional<String> userKey(String passwd, String cipher) {
        return ShadowsocksCredential.PASSWD.userKey("", passwd, cipher);
    }

    /**
     * The 64 hex characters whose first 16 or 32 make the user's key, for every cipher: the text
     * V2bX and XrayR (NewV2board) cut the key from when it is served as the user's uuid.
     */
    public static String userKeySource(String passwd) {
        return HexFormat.of().formatHex(sha3(passwd));
    }

    /** How many bytes a key of this cipher has; empty when it is not a 2022 cipher. */
    public static OptionalInt keyLength(String cipher) {
        if (cipher == null || !CIPHERS.contains(cipher)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(cipher.equals(DEFAULT_CIPHER) ? 16 : 32);
    }

    public static boolean isSs2022Cipher(String cipher) {
        return keyLength(cipher).isPresent();
    }

    /** A new server key for the cipher: base64 (standard, padded) of random bytes from {@code random}. */
    public static String newServerKey(String cipher, RandomGenerator random) {
        int length = keyLength(cipher).orElseThrow(() -> new IllegalArgumentException(
                "method: " + cipher + " is not a Shadowsocks-2022 cipher (" + String.join(", ", CIPHERS) + ")"));
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] sha3(String text) {
        try {
            return MessageDigest.getInstance("SHA3-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA3-256 is part of every Java 17+ runtime", e);
        }
    }
}
