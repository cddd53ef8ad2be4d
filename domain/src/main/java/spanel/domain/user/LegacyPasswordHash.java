package spanel.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A password hash imported from another panel in a format spanel does not write: a hex digest of the
 * password followed by a salt (SSPanel-UIM's one global salt, V2board's per-user one, or none).
 * Stored as {@code legacy:<scheme>:<base64url(salt)>:<hex>}, checked as the source panel checked it,
 * and replaced by a bcrypt hash on the first log-in that passes.
 */
public record LegacyPasswordHash(Scheme scheme, String salt, String hex) {

    static final String PREFIX = "legacy:";

    /** The formats, named as stored; each is a digest of the password then the salt. */
    public enum Scheme {
        SSPANEL_MD5("sspanel-md5", "MD5"),
        SSPANEL_SHA256("sspanel-sha256", "SHA-256"),
        SSPANEL_SHA3("sspanel-sha3", "SHA3-256"),
        V2B_MD5("v2b-md5", "MD5"),
        V2B_SHA256("v2b-sha256", "SHA-256"),
        V2B_MD5SALT("v2b-md5salt", "MD5"),
        V2B_SHA256SALT("v2b-sha256salt", "SHA-256");

        private final String tag;
        private final String digest;

        Scheme(String tag, String digest) {
            this.tag = tag;
            this.digest = digest;
        }

        public String tag() {
            return tag;
        }

        int hexLength() {
            return "MD5".equals(digest) ? 32 : 64;
        }

        static Optional<Scheme> byTag(String tag) {
            for (Scheme scheme : values()) {
                if (scheme.tag.equals(tag)) {
                    return Optional.of(scheme);
                }
            }
            return Optional.empty();
        }
    }

    public LegacyPasswordHash {
        if (scheme == null || salt == null || hex == null) {
            throw new IllegalArgumentException("a legacy hash has a scheme, a salt (maybe empty) and a digest");
        }
        hex = hex.toLowerCase(Locale.ROOT);
        if (hex.length() != scheme.hexLength() || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("a " + scheme.tag + " hash is " + scheme.hexLength() + " hex digits");
        }
    }

    /** Whether a stored password hash is in this form (rather than bcrypt). */
    public static boolean isLegacy(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The stored form read back; empty when it is not one this class writes. */
    public static Optional<LegacyPasswordHash> parse(String stored) {
        if (!isLegacy(stored)) {
            return Optional.empty();
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String salt = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return Scheme.byTag(parts[0]).map(scheme -> new LegacyPasswordHash(scheme, salt, parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String stored() {
        String encodedSalt = Base64.getUrlEncoder().withoutPadding().encodeToString(salt.getBytes(StandardCharsets.UTF_8));
        return PREFIX + scheme.tag + ":" + encodedSalt + ":" + hex;
    }

    /** Recomputes the digest of the candidate and the salt, compared in constant time. */
    public boolean matches(String candidate) {
        try {
            byte[] digest = MessageDigest.getInstance(scheme.digest)
                    .digest((candidate + salt).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(digest, HexFormat.of().parseHex(hex));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + scheme.digest, e);
        }
    }
}
