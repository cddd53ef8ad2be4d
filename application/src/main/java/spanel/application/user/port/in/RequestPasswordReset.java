package spanel.application.user.port.in;

import java.time.Duration;
import java.util.Objects;
import spanel.domain.user.Email;

/**
 * Someone asks for a password-reset link for an email. The answer is the same, and takes about as
 * long, whether or not an account has that email: the link is made and mailed off the request path.
 */
public interface RequestPasswordReset {

    ResetRequested request(Command command);

    /** {@code clientAddress} is for the per-address limit. */
    record Command(Email email, String clientAddress) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }
    }

    /** How long a link, if one was sent, stays usable: the same answer for every address. */
    record ResetRequested(Duration linkLifetime) {
    }
}
