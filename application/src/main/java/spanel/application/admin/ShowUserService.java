package spanel.application.admin;

import java.util.Objects;
import spanel.application.admin.port.in.ShowUser;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.NotFound;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

public final class ShowUserService implements ShowUser {

    private final UserAccounts accounts;

    public ShowUserService(UserAccounts accounts) {
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public UserAccount show(UserId user) {
        return accounts.find(user).orElseThrow(() -> new NotFound("no user " + user));
    }
}
