package spanel.domain.user;

import java.time.Instant;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.traffic.Traffic;

/**
 * Accounts for tests, built from defaults so a test names only what its rule is about:
 * {@code Users.aUser(7).invitedBy(UserId.of(3)).build()}. The defaults: no balance, class 0,
 * 1 GB of traffic, created and valid from 2026-01-01 for a year, not invited, not banned.
 */
public final class Users {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private final UserId id;
    private Money balance = Money.ZERO;
    private Optional<UserId> inviter = Optional.empty();
    private boolean admin;
    private boolean banned;
    private int userClass;
    private Instant classExpire = CREATED;
    private int nodeGroup;

    private Users(UserId id) {
        this.id = id;
    }

    public static Users aUser(long id) {
        return new Users(UserId.of(id));
    }

    public Users withBalance(long fen) {
        this.balance = Money.ofFen(fen);
        return this;
    }

    public Users invitedBy(UserId inviter) {
        this.inviter = Optional.of(inviter);
        return this;
    }

    public Users admin() {
        this.admin = true;
        return this;
    }

    public Users banned() {
        this.banned = true;
        return this;
    }

    /** Of this class until the given time, then back to class 0. */
    public Users inClass(int userClass, Instant until) {
        this.userClass = userClass;
        this.classExpire = until;
        return this;
    }

    public Users inGroup(int nodeGroup) {
        this.nodeGroup = nodeGroup;
        return this;
    }

    public UserAccount build() {
        return new UserAccount(id, Email.of("u" + id.value() + "@example.com"), balance, userClass, classExpire,
                CREATED.plusSeconds(365L * 86_400), Traffic.ofGigabytes(1), Traffic.ZERO, Traffic.ZERO, nodeGroup,
                new ProxyCredentials("passwd-" + id.value(), 10_000 + (int) id.value(), "uuid-" + id.value(),
                        ProxyCredentials.DEFAULT_METHOD),
                "invite" + id.value(), inviter, admin, banned, CREATED, 0, 0);
    }
}
