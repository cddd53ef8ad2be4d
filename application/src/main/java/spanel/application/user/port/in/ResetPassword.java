package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.Password;
import spanel.domain.user.ResetToken;

/**
 * The holder of a reset link sets a new password: the link is used up, and every token of the
 * account stops working. An unknown, expired or used link changes nothing.
 */
public interface ResetPassword {

    PasswordChanged reset(Command command);

    record Command(ResetToken token, Password newPassword) {
        public Command {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(newPassword, "newPassword");
        }
    }
}
