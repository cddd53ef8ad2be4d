package spanel.application.user.port.out;

import java.time.Instant;
import java.util.Optional;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/** Password-reset links not yet used, kept only as the SHA-256 of their token. */
public interface PasswordResets {

    /** Keeps a new link until it expires, and drops every link that expired before {@code now}. */
    void add(TokenHash token, UserId user, Instant expiresAt, Instant now);

    /**
     * Uses a link up: the user it was made for when it is live at {@code now}, and the link is gone,
     * so of two concurrent claims at most one gets the user. Empty for an unknown, expired or used link.
     */
    Optional<UserId> claim(TokenHash token, Instant now);

    /** Drops every link of a user (their password has just been set); returns how many. */
    int dropAllOf(UserId user);
}
