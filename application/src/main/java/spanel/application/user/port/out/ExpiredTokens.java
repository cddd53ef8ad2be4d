package spanel.application.user.port.out;

import java.time.Instant;

/** Access tokens past their expiry: they no longer work, and are removed. */
public interface ExpiredTokens {

    /** Deletes the tokens that expired before {@code now}; answers how many. */
    int removeBefore(Instant now);
}
