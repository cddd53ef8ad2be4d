package spanel.application.user;

import java.util.Objects;
import spanel.application.user.port.in.ShowUserInfo;
import spanel.application.user.port.in.ShowUserInfoQuery;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.NotFound;
import spanel.domain.user.UserAccount;

public final class ShowUserInfoService implements ShowUserInfo {

    private final UserAccounts accounts;

    public ShowUserInfoService(UserAccounts accounts) {
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public UserAccount show(ShowUserInfoQuery query) {
        return accounts.find(query.userId()).orElseThrow(() -> new NotFound("no user " + query.userId()));
    }
}
