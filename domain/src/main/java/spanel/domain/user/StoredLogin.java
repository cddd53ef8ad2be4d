package spanel.domain.user;

import java.util.Objects;

/** What a log-in is checked against: the account, its password hash and whether it is banned. */
public record StoredLogin(UserId userId, String passwordHash, boolean banned) {

    public StoredLogin {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
