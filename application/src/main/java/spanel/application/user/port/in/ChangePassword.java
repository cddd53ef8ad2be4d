package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.AccessToken;
import spanel.domain.user.Password;
import spanel.domain.user.UserId;

/**
 * A signed-in user changes their password, giving the current one: every other token of theirs
 * stops working, the one they used keeps working. A wrong current password changes nothing.
 */
public interface ChangePassword {

    PasswordChanged change(Command command);

    /** The current password is taken as typed (it only has to match); the new one must be a valid password. */
    record Command(UserId user, AccessToken usedToken, String currentPassword, Password newPassword) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(usedToken, "usedToken");
            Objects.requireNonNull(newPassword, "newPassword");
            if (currentPassword == null || currentPassword.isEmpty() || currentPassword.length() > LogIn.Command.MAX_PASSWORD_LENGTH) {
                throw new IllegalArgumentException("current_password: 1 to " + LogIn.Command.MAX_PASSWORD_LENGTH + " characters");
            }
        }

        @Override
        public String toString() {
            return "Command[user=" + user + "]";
        }
    }
}
