package spanel.application.user;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.in.LogIn;
import spanel.application.user.port.in.LogInCommand;
import spanel.application.user.port.in.LoggedIn;
import spanel.application.user.port.out.AccessTokens;
import spanel.application.user.port.out.PasswordHasher;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.Unauthorized;
import spanel.domain.user.AccessToken;
import spanel.domain.user.StoredLogin;
import spanel.domain.user.TokenLifetime;

/**
 * Checks the password (against a decoy when the email is unknown, so both failures look and take
 * the same), counts failures per address and per email, and issues a fresh random token.
 */
public final class LogInService implements LogIn {

    static final String WRONG = "wrong email or password";

    private final UserAccounts accounts;
    private final AccessTokens tokens;
    private final PasswordHasher hasher;
    private final AttemptGuard guard;
    private final TokenLifetime lifetime;
    private final TransactionRunner transactions;
    private final RandomGenerator secureRandom;
    private final Clock clock;

    public LogInService(UserAccounts accounts, AccessTokens tokens, PasswordHasher hasher, AttemptGuard guard,
            TokenLifetime lifetime, TransactionRunner transactions, RandomGenerator secureRandom, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tokens = Objects.requireNonNull(tokens);
        this.hasher = Objects.requireNonNull(hasher);
        this.guard = Objects.requireNonNull(guard);
        this.lifetime = Objects.requireNonNull(lifetime);
        this.transactions = Objects.requireNonNull(transactions);
        this.secureRandom = Objects.requireNonNull(secureRandom);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public LoggedIn logIn(LogInCommand command) {
        List<String> keys = List.of("login:ip:" + command.clientAddress(), "login:email:" + command.email());
        guard.refuseIfSpent(keys);
        Optional<StoredLogin> login = accounts.findLogin(command.email());
        if (!hasher.verify(command.password(), login.map(StoredLogin::passwordHash))) {
            guard.countFailure(keys);
            throw new Unauthorized(WRONG);
        }
        StoredLogin known = login.orElseThrow();
        if (known.banned()) {
            throw new Unauthorized("this account is banned");
        }
        AccessToken token = AccessToken.random(secureRandom);
        Instant now = clock.instant();
        transactions.inTransaction(() -> tokens.issue(token.hash(), known.userId(), lifetime.expiryFor(now), now));
        return new LoggedIn(token, lifetime.ttl());
    }
}
