package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.Password;
import spanel.domain.user.ResetToken;

public record ResetPasswordCommand(ResetToken token, Password newPassword) {

    public ResetPasswordCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(newPassword, "newPassword");
    }
}
