package spanel.application.user.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.user.Email;
import spanel.domain.user.Password;
import spanel.domain.user.UserId;

/** A visitor opens an account with an email and a password, optionally invited by another user. */
public interface RegisterUser {

    UserRegistered register(Command command);

    /** {@code clientAddress} is where the request came from, for the per-address limit. */
    record Command(Email email, Password password, Optional<String> inviteCode, String clientAddress) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(inviteCode, "inviteCode");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }
    }

    record UserRegistered(UserId userId) {
        public UserRegistered {
            Objects.requireNonNull(userId, "userId");
        }
    }
}
