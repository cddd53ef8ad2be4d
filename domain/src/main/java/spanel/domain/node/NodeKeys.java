package spanel.domain.node;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Node keys are random, so a SHA-256 of the key is enough to store; keys are compared by their
 * hashes in constant time.
 */
public final class NodeKeys {

    private NodeKeys() {
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static boolean matches(String presentedKey, String storedHash) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(hash(presentedKey).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
