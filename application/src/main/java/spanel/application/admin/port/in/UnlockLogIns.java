package spanel.application.admin.port.in;

import java.util.Objects;
import spanel.domain.user.Email;
import spanel.domain.user.UserId;

/**
 * An operator lifts an account's log-in limits: the per-account counters start afresh, so its
 * owner (or an admin made from the command line, who has no known address yet) can log in again
 * while strangers still guess at it. The per-address limits stay as they are.
 */
public interface UnlockLogIns {

    UserId unlock(Command command);

    record Command(Email email) {
        public Command {
            Objects.requireNonNull(email, "email");
        }
    }
}
