package spanel.adapter.persistence.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import spanel.domain.user.Argon2Hash;

/** Recomputes an imported Argon2 hash with its own parameters (Bouncy Castle), compared in constant time. */
final class Argon2Check {

    private Argon2Check() {
    }

    static boolean matches(Argon2Hash stored, String candidate) {
        int type = switch (stored.variant()) {
            case ARGON2D -> Argon2Parameters.ARGON2_d;
            case ARGON2I -> Argon2Parameters.ARGON2_i;
            case ARGON2ID -> Argon2Parameters.ARGON2_id;
        };
        Argon2Parameters parameters = new Argon2Parameters.Builder(type)
                .withVersion(stored.version())
                .withMemoryAsKB(stored.memoryKib())
                .withIterations(stored.iterations())
                .withParallelism(stored.parallelism())
                .withSalt(stored.salt())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] expected = stored.hash();
        byte[] computed = new byte[expected.length];
        generator.generateBytes(candidate.getBytes(StandardCharsets.UTF_8), computed);
        return MessageDigest.isEqual(computed, expected);
    }
}
