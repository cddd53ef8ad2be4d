package spanel.application.user.port.out;

import java.time.Duration;
import java.time.Instant;
import spanel.domain.user.UserId;

/**
 * The client addresses each account has logged in from with its password, for a while: where its
 * owner usually is. The per-email log-in limit lets these through.
 */
public interface KnownAddresses {

    /** How long an address stays known after its last successful log-in. */
    Duration KEPT_FOR = Duration.ofDays(90);

    /** Whether the user logged in from this address within {@link #KEPT_FOR} before {@code now}. */
    boolean isKnown(UserId user, String address, Instant now);

    /** Remembers a successful log-in from the address, and forgets the user's addresses past {@link #KEPT_FOR}. */
    void remember(UserId user, String address, Instant now);
}
