package spanel.application.user;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.application.user.port.in.ChangePassword;
import spanel.application.user.port.in.PasswordChanged;
import spanel.application.user.port.out.PasswordHasher;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.InvalidInput;

/**
 * Checks the current password (wrong guesses count against the log-in limit, per account, so a
 * stolen token cannot be used to guess the password), then sets the new one and revokes every
 * other token of the user.
 */
public final class ChangePasswordService implements ChangePassword {

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final Passwords passwords;
    private final AttemptGuard guard;

    public ChangePasswordService(UserAccounts accounts, PasswordHasher hasher, Passwords passwords, AttemptGuard guard) {
        this.accounts = Objects.requireNonNull(accounts);
        this.hasher = Objects.requireNonNull(hasher);
        this.passwords = Objects.requireNonNull(passwords);
        this.guard = Objects.requireNonNull(guard);
    }

    @Override
    public PasswordChanged change(Command command) {
        List<String> keys = List.of("password:user:" + command.user());
        guard.refuseIfSpent(keys);
        if (!hasher.verify(command.currentPassword(), accounts.passwordHashOf(command.user()))) {
            guard.countFailure(keys);
            throw new InvalidInput("current_password", "does not match the account's password; nothing was changed");
        }
        String hash = passwords.hash(command.newPassword());
        int signedOut = passwords.replace(command.user(), hash, Optional.of(command.usedToken().hash()));
        return new PasswordChanged(command.user(), signedOut);
    }
}
