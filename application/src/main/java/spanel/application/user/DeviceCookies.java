package spanel.application.user;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import spanel.application.common.ServerKey;
import spanel.application.common.port.out.ServerSecrets;
import spanel.domain.user.DeviceCookie;
import spanel.domain.user.SubscriptionToken;
import spanel.domain.user.UserId;

/** Issues and checks {@link DeviceCookie}s under a server key drawn once and kept with the other server secrets. */
public final class DeviceCookies {

    static final String KEY_NAME = "device-cookie-key";
    private static final int DEVICE_ID_BYTES = 18;

    private final ServerKey key;
    private final RandomGenerator secureRandom;

    public DeviceCookies(ServerSecrets secrets, RandomGenerator secureRandom) {
        this.key = new ServerKey(secrets, KEY_NAME, SubscriptionToken.MIN_KEY_BYTES, secureRandom);
        this.secureRandom = Objects.requireNonNull(secureRandom);
    }

    /** A new cookie for a device that just logged in to the account. */
    String issue(UserId account) {
        return new DeviceCookie(account, Base64.getUrlEncoder().withoutPadding().encodeToString(random(DEVICE_ID_BYTES)))
                .signed(key());
    }

    /** The device a presented cookie proves; empty when none was presented or it is not one of ours. */
    Optional<DeviceCookie> read(Optional<String> presented) {
        return presented.flatMap(text -> DeviceCookie.verify(text, key()));
    }

    private byte[] key() {
        return key.bytes();
    }

    private byte[] random(int bytes) {
        byte[] fresh = new byte[bytes];
        secureRandom.nextBytes(fresh);
        return fresh;
    }
}
