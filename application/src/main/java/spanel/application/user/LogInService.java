package spanel.application.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.in.LogIn;
import spanel.application.user.port.out.AccessTokens;
import spanel.application.user.port.out.PasswordHasher;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.Unauthorized;
import spanel.domain.user.AccessToken;
import spanel.domain.user.DeviceCookie;
import spanel.domain.user.Password;
import spanel.domain.user.StoredLogin;
import spanel.domain.user.TokenLifetime;

/**
 * Checks the password (against a decoy when the email is unknown, so both failures look and take
 * the same), counts failures as {@link LogInLimits} says, and issues a fresh random token and a
 * new device cookie.
 */
public final class LogInService implements LogIn {

    static final String WRONG = "wrong email or password";

    private final UserAccounts accounts;
    private final AccessTokens tokens;
    private final PasswordHasher hasher;
    private final LogInLimits limits;
    private final DeviceCookies devices;
    private final TokenLifetime lifetime;
    private final TransactionRunner transactions;
    private final RandomGenerator secureRandom;
    private final Clock clock;

    public LogInService(UserAccounts accounts, AccessTokens tokens, PasswordHasher hasher, LogInLimits limits,
            DeviceCookies devices, TokenLifetime lifetime, TransactionRunner transactions, RandomGenerator secureRandom,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tokens = Objects.requireNonNull(tokens);
        this.hasher = Objects.requireNonNull(hasher);
        this.limits = Objects.requireNonNull(limits);
        this.devices = Objects.requireNonNull(devices);
        this.lifetime = Objects.requireNonNull(lifetime);
        this.transactions = Objects.requireNonNull(transactions);
        this.secureRandom = Objects.requireNonNull(secureRandom);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public LoggedIn logIn(Command command) {
        Instant now = clock.instant();
        String address = command.clientAddress();
        Optional<StoredLogin> login = accounts.findLogin(command.email());
        Optional<DeviceCookie> device = devices.read(command.deviceCookie());
        limits.refuseIfSpent(command.email(), login, address, device, now);
        if (!hasher.verify(command.password(), login.map(StoredLogin::passwordHash))) {
            limits.countFailure(command.email(), login, address, device);
            throw new Unauthorized(WRONG);
        }
        StoredLogin known = login.orElseThrow();
        if (known.banned()) {
            throw new Unauthorized("this account is banned");
        }
        AccessToken token = AccessToken.random(secureRandom);
        Optional<String> rehashed = rehash(known, command.password());
        transactions.inTransaction(() -> {
            rehashed.ifPresent(hash -> accounts.replacePasswordHash(known.userId(), hash));
            tokens.issue(token.hash(), known.userId(), lifetime.expiryFor(now), now);
            limits.succeeded(known.userId(), address, now);
        });
        return new LoggedIn(token, lifetime.ttl(), known.userId(), devices.issue(known.userId()));
    }

    /**
     * An imported hash (another panel's format) is replaced by spanel's own on the first log-in that
     * passes; hashed before the transaction, since it is slow. A password shorter than spanel allows
     * for new ones keeps its imported hash, and still logs in.
     */
    private Optional<String> rehash(StoredLogin known, String candidate) {
        if (!hasher.isOutdated(known.passwordHash())) {
            return Optional.empty();
        }
        try {
            return Optional.of(hasher.hash(new Password(candidate)));
        } catch (IllegalArgumentException tooShortForANewPassword) {
            return Optional.empty();
        }
    }
}
