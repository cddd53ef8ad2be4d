package spanel.application.common;

import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;
import spanel.application.common.port.out.ServerSecrets;

/**
 * A random key the server draws once, under a name, and keeps with the other server secrets, so
 * that every instance uses the same one; read once, then kept in memory.
 */
public final class ServerKey {

    private final ServerSecrets secrets;
    private final String name;
    private final int length;
    private final RandomGenerator secureRandom;
    private volatile byte[] key;

    public ServerKey(ServerSecrets secrets, String name, int length, RandomGenerator secureRandom) {
        this.secrets = Objects.requireNonNull(secrets);
        this.name = Objects.requireNonNull(name);
        this.length = length;
        this.secureRandom = Objects.requireNonNull(secureRandom);
    }

    public byte[] bytes() {
        byte[] known = key;
        if (known == null) {
            known = Base64.getDecoder().decode(secrets.getOrCreate(name, () -> {
                byte[] fresh = new byte[length];
                secureRandom.nextBytes(fresh);
                return Base64.getEncoder().encodeToString(fresh);
            }));
            key = known;
        }
        return known;
    }
}
