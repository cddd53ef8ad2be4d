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

/**
 * Uses the link up and sets the password in one transaction: a link works once, however many
 * requests race. The client that used it gets a device cookie of the account, so an owner whom the
 * log-in limits refuse at a new address gets through by the mailed link (OWASP's device cookies).
 */
public final class ResetPasswordService implements ResetPassword {

    private final PasswordResets resets;
    private final Passwords passwords;
    private final DeviceCookies devices;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ResetPasswordService(PasswordResets resets, Passwords passwords, DeviceCookies devices,
            TransactionRunner transactions, Clock clock) {
        this.resets = Objects.requireNonNull(resets);
        this.passwords = Objects.requireNonNull(passwords);
        this.devices = Objects.requireNonNull(devices);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Done reset(Command command) {
        String hash = passwords.hash(command.newPassword());
        PasswordChanged changed = transactions.inTransaction(() -> {
            UserId user = resets.claim(command.token().hash(), clock.instant())
                    .orElseThrow(() -> new InvalidInput("token", "unknown, expired or already used; ask for a new link"));
            return new PasswordChanged(user, passwords.replace(user, hash, Optional.empty()));
        });
        return new Done(changed, devices.issue(changed.user()));
    }
}
