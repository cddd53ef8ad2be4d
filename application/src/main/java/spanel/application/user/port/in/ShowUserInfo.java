package spanel.application.user.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
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

    /** {@code nextTrafficReset}: when used traffic next goes back to 0, if the plan resets monthly. */
    record UserInfo(UserAccount account, String subscriptionUrl, Optional<Instant> nextTrafficReset) {
        public UserInfo {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(subscriptionUrl, "subscriptionUrl");
            Objects.requireNonNull(nextTrafficReset, "nextTrafficReset");
        }

        public UserInfo(UserAccount account, String subscriptionUrl) {
            this(account, subscriptionUrl, Optional.empty());
        }
    }
}
