package spanel.domain.user;

import java.time.Duration;
import java.time.Instant;

/** How long an access token works after it is issued; the token stores hold it live strictly before its expiry. */
public record TokenLifetime(Duration ttl) {

    public TokenLifetime {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a token lifetime is positive");
        }
    }

    public Instant expiryFor(Instant issuedAt) {
        return issuedAt.plus(ttl);
    }
}
