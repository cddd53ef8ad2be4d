package spanel.application.user.port.out;

import java.util.Optional;
import java.util.OptionalLong;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/**
 * Where each user's subscription token stands: its rotation generation, and the SHA-256 of the
 * token derived from it (the token itself is never stored). Rotations are settled in the database.
 */
public interface SubscriptionTokens {

    /** The user's current generation, and whether the hash of its token is stored; empty for no such user. */
    Optional<Standing> standing(UserId user);

    /**
     * Moves the user to the next generation and forgets the old token's hash, and the token imported
     * from another panel, atomically; the row
     * stays locked until the surrounding transaction ends. Empty for no such user.
     */
    OptionalLong advance(UserId user);

    /** Stores the hash of the token of this generation, unless the user has moved on meanwhile. */
    void storeHash(UserId user, long generation, TokenHash hash);

    /** Whose token has this hash, and at which generation it was stored. */
    Optional<Holder> holderOf(TokenHash hash);

    /** Whose token, imported from another panel, has this hash (looked up after spanel's own tokens miss). */
    Optional<UserId> legacyHolderOf(TokenHash hash);

    /** Replaces the user's proxy password and uuid; false for no such user. */
    boolean replaceProxySecrets(UserId user, String passwd, String uuid);

    record Standing(long generation, boolean hashStored) {
    }

    record Holder(UserId user, long generation) {
    }
}
