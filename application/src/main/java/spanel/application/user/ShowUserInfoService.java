package spanel.application.user;

import java.util.Objects;
import spanel.application.user.port.in.ShowUserInfo;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.NotFound;
import spanel.domain.user.UserAccount;

public final class ShowUserInfoService implements ShowUserInfo {

    private final UserAccounts accounts;
    private final SubscriptionLinks links;

    public ShowUserInfoService(UserAccounts accounts, SubscriptionLinks links) {
        this.accounts = Objects.requireNonNull(accounts);
        this.links = Objects.requireNonNull(links);
    }

    @Override
    public UserInfo show(Query query) {
        UserAccount account = accounts.find(query.userId()).orElseThrow(() -> new NotFound("no user " + query.userId()));
        return new UserInfo(account, links.urlOf(query.userId()));
    }
}
