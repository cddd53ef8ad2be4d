package spanel.application.user.port.out;

import java.time.Instant;
import java.util.Optional;
import spanel.domain.user.Caller;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/** Issued access tokens, kept only as their SHA-256. */
public interface AccessTokens {

    /** Keeps a new token until it expires, and drops the user's tokens that expired before {@code now}. */
    void issue(TokenHash token, UserId holder, Instant expiresAt, Instant now);

    /**
     * The holder of a token that is live at {@code now}, as the account stands now (admin or not);
     * empty for an unknown, expired or revoked token, and for a banned holder.
     */
    Optional<Caller> findLiveHolder(TokenHash token, Instant now);

    /** Revokes one token; false when it was not there. */
    boolean revoke(TokenHash token);

    /** Revokes every token of a user (after a password reset); returns how many. */
    int revokeAllOf(UserId holder);

    /** Revokes every token of a user but one, the one they are using (after a password change); returns how many. */
    int revokeAllOfExcept(UserId holder, TokenHash kept);
}
