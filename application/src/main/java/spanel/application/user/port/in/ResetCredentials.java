package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.UserId;

/**
 * A user regenerates their proxy credentials (uuid and proxy password), which nodes pick up on
 * their next pull, and with them their subscription token: whoever held an old profile is cut off.
 */
public interface ResetCredentials {

    CredentialsReset reset(Command command);

    record Command(UserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    record CredentialsReset(String uuid, String passwd, String subscriptionUrl) {
    }
}
