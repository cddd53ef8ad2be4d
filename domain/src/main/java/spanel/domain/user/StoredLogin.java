package spanel.domain.user;

import java.util.Objects;

/**
 * What a log-in is checked against: the account, its password hash, whether it is banned, and how
 * many times an operator has lifted its log-in limits ({@code unlocks}): the limits count afresh
 * after each.
 */
public record StoredLogin(UserId userId, String passwordHash, boolean banned, long unlocks) {

    public StoredLogin {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public StoredLogin(UserId userId, String passwordHash, boolean banned) {
        this(userId, passwordHash, banned, 0);
    }
}
