package spanel.domain.user;

import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * What a node needs to let the user in: a proxy password, a UUID, a cipher, and a port of their
 * own. Only a node that opens one Shadowsocks port per user needs that port, so it is drawn while
 * the configured range has room and absent beyond it.
 */
public record ProxyCredentials(String passwd, OptionalInt port, String uuid, String method) {

    public static final String DEFAULT_METHOD = "aes-128-gcm";
    private static final int PASSWD_BYTES = 16;

    public ProxyCredentials {
        Objects.requireNonNull(passwd, "passwd");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(method, "method");
        if (port.isPresent() && (port.getAsInt() < 1 || port.getAsInt() > 65535)) {
            throw new IllegalArgumentException("a port is from 1 to 65535: " + port.getAsInt());
        }
    }

    public ProxyCredentials(String passwd, int port, String uuid, String method) {
        this(passwd, OptionalInt.of(port), uuid, method);
    }

    /** Fresh credentials: a random 128-bit password and a random (version 4) UUID, on the given port. */
    public static ProxyCredentials random(RandomGenerator secureRandom, int port) {
        return random(secureRandom, OptionalInt.of(port));
    }

    /** Fresh credentials: a random 128-bit password and a random (version 4) UUID, on a port or none. */
    public static ProxyCredentials random(RandomGenerator secureRandom, OptionalInt port) {
        byte[] passwd = new byte[PASSWD_BYTES];
        secureRandom.nextBytes(passwd);
        long high = secureRandom.nextLong() & ~0xF000L | 0x4000L;
        long low = secureRandom.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new ProxyCredentials(HexFormat.of().formatHex(passwd), port, new UUID(high, low).toString(), DEFAULT_METHOD);
    }
}
