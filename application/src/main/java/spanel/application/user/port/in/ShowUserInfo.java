package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.UserAccount;

/** A user looks at their own account, and at their subscription URL. */
public interface ShowUserInfo {

    UserInfo show(ShowUserInfoQuery query);

    record UserInfo(UserAccount account, String subscriptionUrl) {
        public UserInfo {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(subscriptionUrl, "subscriptionUrl");
        }
    }
}
