package spanel.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An account about to be stored: everything but its id, money (always 0 at first) and traffic used. */
public record NewAccount(
        Email email,
        String passwordHash,
        ProxyCredentials credentials,
        String inviteCode,
        Optional<UserId> inviter,
        AccountDefaults defaults,
        Instant createdAt,
        boolean admin) {

    public NewAccount {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(inviteCode, "inviteCode");
        Objects.requireNonNull(inviter, "inviter");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Instant expiresAt() {
        return defaults.expiryFrom(createdAt);
    }

    /** The same account on another port, after the first one turned out to be taken. */
    public NewAccount withCredentials(ProxyCredentials other) {
        return new NewAccount(email, passwordHash, other, inviteCode, inviter, defaults, createdAt, admin);
    }

    public NewAccount withInviteCode(String other) {
        return new NewAccount(email, passwordHash, credentials, other, inviter, defaults, createdAt, admin);
    }
}
