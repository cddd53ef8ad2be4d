package spanel.application.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.Notices;
import spanel.application.user.port.out.AccessTokens;
import spanel.application.user.port.out.PasswordHasher;
import spanel.application.user.port.out.PasswordResets;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.NotFound;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.user.Password;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/**
 * Setting a password, for the three ways to do it (the user changing it, a reset link, the
 * operator's command line): the new hash, the user's tokens revoked (all, or all but the one in
 * use) and their outstanding reset links dropped, in one transaction. The slow hashing is done
 * first, outside it.
 */
public final class Passwords {

    private final UserAccounts accounts;
    private final AccessTokens tokens;
    private final PasswordResets resets;
    private final PasswordHasher hasher;
    private final TransactionRunner transactions;
    private final Notices notices;
    private final Clock clock;

    /** Raises no notices. */
    public Passwords(UserAccounts accounts, AccessTokens tokens, PasswordResets resets, PasswordHasher hasher,
            TransactionRunner transactions) {
        this(accounts, tokens, resets, hasher, transactions, Notices.none(), Clock.systemUTC());
    }

    /** Each new password raises "password changed" in its transaction, at the moment by {@code clock}. */
    public Passwords(UserAccounts accounts, AccessTokens tokens, PasswordResets resets, PasswordHasher hasher,
            TransactionRunner transactions, Notices notices, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tokens = Objects.requireNonNull(tokens);
        this.resets = Objects.requireNonNull(resets);
        this.hasher = Objects.requireNonNull(hasher);
        this.transactions = Objects.requireNonNull(transactions);
        this.notices = Objects.requireNonNull(notices);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The stored form of a new password; slow on purpose, so call it before opening a transaction. */
    public String hash(Password password) {
        return hasher.hash(password);
    }

    /**
     * Stores the hash and signs the user out everywhere, except with {@code kept} when given;
     * returns how many tokens stopped working. Joins the caller's transaction when there is one.
     */
    public int replace(UserId user, String passwordHash, Optional<TokenHash> kept) {
        return transactions.inTransaction(() -> {
            if (!accounts.replacePasswordHash(user, passwordHash)) {
                throw new NotFound("no user " + user);
            }
            resets.dropAllOf(user);
            Instant at = clock.instant();
            notices.raise(Notice.toUser(NoticeEvent.PASSWORD_CHANGED, user, "at:" + at.toEpochMilli(),
                    Map.of("changed_at", at.toString())));
            return kept.map(token -> tokens.revokeAllOfExcept(user, token)).orElseGet(() -> tokens.revokeAllOf(user));
        });
    }
}
