package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.AccessToken;

/** A user ends a session: the token stops working at once. */
public interface LogOut {

    LoggedOut logOut(Command command);

    record Command(AccessToken token) {
        public Command {
            Objects.requireNonNull(token, "token");
        }
    }

    /** Whether the token was still there to revoke. */
    record LoggedOut(boolean revoked) {
    }
}
