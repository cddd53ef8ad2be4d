package spanel.application.admin;

import java.util.Objects;
import java.util.Optional;
import spanel.application.admin.port.in.SetPassword;
import spanel.application.user.Passwords;
import spanel.application.user.port.in.PasswordChanged;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.NotFound;
import spanel.domain.user.StoredLogin;
import spanel.domain.user.UserId;

public final class SetPasswordService implements SetPassword {

    private final UserAccounts accounts;
    private final Passwords passwords;

    public SetPasswordService(UserAccounts accounts, Passwords passwords) {
        this.accounts = Objects.requireNonNull(accounts);
        this.passwords = Objects.requireNonNull(passwords);
    }

    @Override
    public PasswordChanged set(Command command) {
        UserId user = accounts.findLogin(command.email()).map(StoredLogin::userId)
                .orElseThrow(() -> new NotFound("no account has the email " + command.email()));
        String hash = passwords.hash(command.password());
        return new PasswordChanged(user, passwords.replace(user, hash, Optional.empty()));
    }
}
