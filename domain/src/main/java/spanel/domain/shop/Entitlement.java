package spanel.domain.shop;

import java.time.Instant;
import java.util.Objects;
import spanel.domain.traffic.Traffic;

/**
 * What an account is entitled to, as far as a package can change it: class and its expiry, the
 * account's expiry, the traffic quota, speed and IP limits (0 = none).
 */
public record Entitlement(int userClass, Instant classExpire, Instant expireIn, Traffic transferEnable, int speedLimit,
        int ipLimit) {

    /** The latest expiry a purchase may set: both databases store it, and no real plan gets near it. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public Entitlement {
        Objects.requireNonNull(classExpire, "classExpire");
        Objects.requireNonNull(expireIn, "expireIn");
        Objects.requireNonNull(transferEnable, "transferEnable");
        if (userClass < 0 || speedLimit < 0 || ipLimit < 0) {
            throw new IllegalArgumentException("class, speed and IP limits are not negative");
        }
    }
}
