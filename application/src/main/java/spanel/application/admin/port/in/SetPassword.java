package spanel.application.admin.port.in;

import java.util.Objects;
import spanel.application.user.port.in.PasswordChanged;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/**
 * The operator sets a user's password from the command line (the way out when no mail server is
 * configured): every token of the account stops working.
 */
public interface SetPassword {

    PasswordChanged set(Command command);

    record Command(Email email, Password password) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
        }
    }
}
