package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** A user looks at their own account, and at their subscription URL. */
public interface ShowUserInfo {

    UserInfo show(Query query);

    record Query(UserId userId) {
        public Query {
            Objects.requireNonNull(userId, "userId");
        }
    }

    record UserInfo(UserAccount account, String subscriptionUrl) {
        public UserInfo {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(subscriptionUrl, "subscriptionUrl");
        }
    }
}
