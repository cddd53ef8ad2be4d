package spanel.application.user;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.application.user.port.in.RegisterUser;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.InvalidInput;
import spanel.domain.user.UserId;

public final class RegisterUserService implements RegisterUser {

    private final UserAccounts accounts;
    private final NewAccounts newAccounts;
    private final AttemptGuard guard;

    public RegisterUserService(UserAccounts accounts, NewAccounts newAccounts, AttemptGuard guard) {
        this.accounts = Objects.requireNonNull(accounts);
        this.newAccounts = Objects.requireNonNull(newAccounts);
        this.guard = Objects.requireNonNull(guard);
    }

    @Override
    public UserRegistered register(Command command) {
        guard.count(List.of("register:ip:" + command.clientAddress(), "register:email:" + command.email()));
        Optional<UserId> inviter = command.inviteCode().map(code -> accounts.findByInviteCode(code)
                .orElseThrow(() -> new InvalidInput("invite_code", "no user has this invite code")));
        return new UserRegistered(newAccounts.open(command.email(), command.password(), inviter, false));
    }
}
