package spanel.application.user.port.in;

import java.time.Duration;
import java.util.Objects;
import spanel.domain.user.AccessToken;
import spanel.domain.user.Email;

/** A user trades email and password for an access token. */
public interface LogIn {

    LoggedIn logIn(Command command);

    /**
     * The password is taken as typed, unchecked: a log-in only asks whether it matches, and a
     * malformed one simply does not. {@code clientAddress} is for the per-address limit.
     */
    record Command(Email email, String password, String clientAddress) {
        public static final int MAX_PASSWORD_LENGTH = 1024;

        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(clientAddress, "clientAddress");
            if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
                throw new IllegalArgumentException("a password of 1 to " + MAX_PASSWORD_LENGTH + " characters is required");
            }
        }

        @Override
        public String toString() {
            return "Command[email=" + email + ", clientAddress=" + clientAddress + "]";
        }
    }

    /** The token, shown this once, and how long it works. */
    record LoggedIn(AccessToken token, Duration expiresIn) {
        public LoggedIn {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expiresIn, "expiresIn");
        }
    }
}
