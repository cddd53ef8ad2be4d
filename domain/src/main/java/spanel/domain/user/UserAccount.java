package spanel.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.traffic.Traffic;

/**
 * An account as stored: what the user sees of it, and what an admin sees. {@code speedLimit} (Mbps)
 * and {@code deviceLimit} (distinct IPs) are 0 for none.
 */
public record UserAccount(
        UserId id,
        Email email,
        Money money,
        int userClass,
        Instant classExpire,
        Instant expireIn,
        Traffic transferEnable,
        Traffic upload,
        Traffic download,
        int nodeGroup,
        ProxyCredentials credentials,
        String inviteCode,
        Optional<UserId> inviter,
        boolean admin,
        boolean banned,
        Instant createdAt,
        int speedLimit,
        int deviceLimit) {

    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(classExpire, "classExpire");
        Objects.requireNonNull(expireIn, "expireIn");
        Objects.requireNonNull(transferEnable, "transferEnable");
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(download, "download");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(inviteCode, "inviteCode");
        Objects.requireNonNull(inviter, "inviter");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
