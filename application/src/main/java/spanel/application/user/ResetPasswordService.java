package spanel.application.user;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.in.PasswordChanged;
import spanel.application.user.port.in.ResetPassword;
import spanel.application.user.port.out.PasswordResets;
import spanel.domain.error.InvalidInput;
import spanel.domain.user.UserId;

/** Uses the link up and sets the password in one transaction: a link works once, however many requests race. */
public final class ResetPasswordService implements ResetPassword {

    private final PasswordResets resets;
    private final Passwords passwords;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ResetPasswordService(PasswordResets resets, Passwords passwords, TransactionRunner transactions, Clock clock) {
        this.resets = Objects.requireNonNull(resets);
        this.passwords = Objects.requireNonNull(passwords);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public PasswordChanged reset(Command command) {
        String hash = passwords.hash(command.newPassword());
        return transactions.inTransaction(() -> {
            UserId user = resets.claim(command.token().hash(), clock.instant())
                    .orElseThrow(() -> new InvalidInput("token", "unknown, expired or already used; ask for a new link"));
            return new PasswordChanged(user, passwords.replace(user, hash, Optional.empty()));
        });
    }
}
