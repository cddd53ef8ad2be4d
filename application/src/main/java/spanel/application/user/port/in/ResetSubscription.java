package spanel.application.user.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.user.UserId;

/**
 * Replaces a user's subscription token: the old URL stops working at once. The user does it for
 * themself, or an admin does it for them (audited). Node credentials are left as they are.
 */
public interface ResetSubscription {

    SubscriptionReset reset(Command command);

    /** The user whose token is replaced, and the admin doing it when it is not the user. */
    record Command(UserId user, Optional<UserId> admin) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(admin, "admin");
        }
    }

    record SubscriptionReset(UserId user, String subscriptionUrl) {
    }
}
