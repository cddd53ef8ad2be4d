package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.AccessToken;
import spanel.domain.user.Caller;

/**
 * Finds who holds a bearer token, reading the account afresh on every call: a ban or a change of
 * admin rights counts from the next request. Refuses with 401 when the token does not work.
 */
public interface Authenticate {

    Caller authenticate(Command command);

    record Command(AccessToken token) {
        public Command {
            Objects.requireNonNull(token, "token");
        }
    }
}
