package spanel.domain.user;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2 password hash in the PHC string form PHP's {@code password_hash} writes and SSPanel-UIM
 * stores ({@code $argon2id$v=19$m=65536,t=4,p=1$<salt>$<hash>}, unpadded base64), kept as imported
 * and checked by its own parameters until the first log-in replaces it with spanel's scheme.
 * Parameters past what any panel writes are refused, so a stored string cannot make one check cost
 * gigabytes or minutes.
 */
public record Argon2Hash(Variant variant, int version, int memoryKib, int iterations, int parallelism, byte[] salt,
        byte[] hash) {

    static final int MAX_MEMORY_KIB = 1 << 20;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;

    private static final Pattern PHC = Pattern.compile(
            "\\$(argon2id|argon2i|argon2d)\\$(?:v=(16|19)\\$)?m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})"
                    + "\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,172})");

    public enum Variant {
        ARGON2D, ARGON2I, ARGON2ID
    }

    public Argon2Hash {
        if (variant == null || salt == null || hash == null) {
            throw new IllegalArgumentException("an Argon2 hash has a variant, a salt and a hash");
        }
        if (version != 0x10 && version != 0x13) {
            throw new IllegalArgumentException("Argon2 versions are 16 and 19");
        }
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS
                || parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2 parameters out of range: m=" + memoryKib + ", t=" + iterations
                    + ", p=" + parallelism);
        }
        if (salt.length < 8 || hash.length < 16) {
            throw new IllegalArgumentException("an Argon2 salt is 8 bytes or more and its hash 16 or more");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Whether a stored password hash is an Argon2 string (checkable or not). */
    public static boolean isArgon2(String stored) {
        return stored != null && stored.startsWith("$argon2");
    }

    /** The PHC string read; empty when it is not one, or its parameters are out of range. */
    public static Optional<Argon2Hash> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        Matcher m = PHC.matcher(stored);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Variant variant = Variant.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
            int version = m.group(2) == null ? 0x10 : Integer.parseInt(m.group(2)) == 19 ? 0x13 : 0x10;
            Base64.Decoder decoder = Base64.getDecoder();
            return Optional.of(new Argon2Hash(variant, version, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), decoder.decode(m.group(6)), decoder.decode(m.group(7))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Argon2Hash that && variant == that.variant && version == that.version
                && memoryKib == that.memoryKib && iterations == that.iterations && parallelism == that.parallelism
                && java.util.Arrays.equals(salt, that.salt) && java.util.Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(variant, version, memoryKib, iterations, parallelism,
                java.util.Arrays.hashCode(salt), java.util.Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
        return "Argon2Hash[" + variant + ", v=" + version + ", m=" + memoryKib + ", t=" + iterations + ", p=" + parallelism + "]";
    }
}
