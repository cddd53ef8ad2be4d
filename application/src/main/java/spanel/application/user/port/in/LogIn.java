package spanel.application.user.port.in;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.user.AccessToken;
import spanel.domain.user.Email;
import spanel.domain.user.UserId;

/** A user trades email and password for an access token. */
public interface LogIn {

    LoggedIn logIn(Command command);

    /**
     * The password is taken as typed, unchecked: a log-in only asks whether it matches, and a
     * malformed one simply does not. {@code clientAddress} is for the per-address limit;
     * {@code deviceCookie}, the text of the device cookie the client sent, for the per-device one.
     */
    record Command(Email email, String password, String clientAddress, Optional<String> deviceCookie) {
        public static final int MAX_PASSWORD_LENGTH = 1024;

        public Command(Email email, String password, String clientAddress) {
            this(email, password, clientAddress, Optional.empty());
        }

        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(clientAddress, "clientAddress");
            Objects.requireNonNull(deviceCookie, "deviceCookie");
            if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
                throw new IllegalArgumentException("a password of 1 to " + MAX_PASSWORD_LENGTH + " characters is required");
            }
        }

        @Override
        public String toString() {
            return "Command[email=" + email + ", clientAddress=" + clientAddress + "]";
        }
    }

    /**
     * The token, shown this once, how long it works, whose it is, and a new device cookie for the
     * client to send with its next log-ins (see {@link spanel.domain.user.DeviceCookie}).
     */
    record LoggedIn(AccessToken token, Duration expiresIn, UserId user, String deviceCookie) {
        public LoggedIn {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expiresIn, "expiresIn");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(deviceCookie, "deviceCookie");
        }
    }
}
