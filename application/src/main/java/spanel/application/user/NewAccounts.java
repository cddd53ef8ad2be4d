package spanel.application.user;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.out.PasswordHasher;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.Refusal;
import spanel.domain.user.AccountDefaults;
import spanel.domain.user.Email;
import spanel.domain.user.InviteCode;
import spanel.domain.user.NewAccount;
import spanel.domain.user.Password;
import spanel.domain.user.PortRange;
import spanel.domain.user.ProxyCredentials;
import spanel.domain.user.UserId;

/**
 * Opens accounts, for registration and for the command line: hashes the password, draws the
 * proxy credentials and the invite code, and stores the account with the configured defaults.
 * A port (or UUID, or invite code) drawn twice is settled by the unique constraint: the insert
 * fails and a new draw is tried, a bounded number of times. Once ports drawn from the range keep
 * turning out taken, the range is (nearly) full and the account opens without a port: only nodes
 * that give each user a Shadowsocks port of their own need one, and a panel has more users than ports.
 */
public final class NewAccounts {

    static final int MAX_DRAWS = 16;
    /** Draws that may carry a port; the later ones carry none. */
    static final int PORT_DRAWS = 8;

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final TransactionRunner transactions;
    private final AccountDefaults defaults;
    private final PortRange ports;
    private final RandomGenerator secureRandom;
    private final Clock clock;

    public NewAccounts(UserAccounts accounts, PasswordHasher hasher, TransactionRunner transactions,
            AccountDefaults defaults, PortRange ports, RandomGenerator secureRandom, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.hasher = Objects.requireNonNull(hasher);
        this.transactions = Objects.requireNonNull(transactions);
        this.defaults = Objects.requireNonNull(defaults);
        this.ports = Objects.requireNonNull(ports);
        this.secureRandom = Objects.requireNonNull(secureRandom);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Throws {@link spanel.domain.user.EmailTaken} when the email has an account already. */
    public UserId open(Email email, Password password, Optional<UserId> inviter, boolean admin) {
        NewAccount account = new NewAccount(email, hasher.hash(password), draw(1), InviteCode.random(secureRandom),
                inviter, defaults, clock.instant(), admin);
        for (int draw = 1; ; draw++) {
            NewAccount attempt = account;
            try {
                // Each try is a transaction of its own, or a savepoint inside the caller's, so a
                // failed insert does not spoil an enclosing PostgreSQL transaction.
                return transactions.inTransaction(() -> accounts.add(attempt));
            } catch (UserAccounts.CredentialsTaken taken) {
                if (draw == MAX_DRAWS) {
                    throw new Refusal(Refusal.Kind.UNAVAILABLE, "unavailable",
                            "no free proxy credentials found after " + MAX_DRAWS + " draws");
                }
                account = account.withCredentials(draw(draw + 1)).withInviteCode(InviteCode.random(secureRandom));
            }
        }
    }

    private ProxyCredentials draw(int draw) {
        return ProxyCredentials.random(secureRandom,
                draw <= PORT_DRAWS ? OptionalInt.of(ports.pick(secureRandom)) : OptionalInt.empty());
    }
}
