package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.AccessToken;
import spanel.domain.user.Password;
import spanel.domain.user.UserId;

/** The current password is taken as typed (it only has to match); the new one must be a valid password. */
public record ChangePasswordCommand(UserId user, AccessToken usedToken, String currentPassword, Password newPassword) {

    public ChangePasswordCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(usedToken, "usedToken");
        Objects.requireNonNull(newPassword, "newPassword");
        if (currentPassword == null || currentPassword.isEmpty() || currentPassword.length() > LogInCommand.MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("current_password: 1 to " + LogInCommand.MAX_PASSWORD_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[user=" + user + "]";
    }
}
