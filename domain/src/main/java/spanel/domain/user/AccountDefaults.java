package spanel.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import spanel.domain.traffic.Traffic;

/** What a new account starts with (DEFAULT_* settings): traffic quota, days until expiry, class, node group. */
public record AccountDefaults(Traffic traffic, int expireDays, int userClass, int nodeGroup) {

    public AccountDefaults {
        Objects.requireNonNull(traffic, "traffic");
        if (expireDays < 0 || userClass < 0 || nodeGroup < 0) {
            throw new IllegalArgumentException("account defaults are not negative");
        }
    }

    /** The account and class expiry of an account made at {@code now}. */
    public Instant expiryFrom(Instant now) {
        return now.plus(Duration.ofDays(expireDays));
    }
}
