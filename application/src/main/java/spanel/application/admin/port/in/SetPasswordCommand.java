package spanel.application.admin.port.in;

import java.util.Objects;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

public record SetPasswordCommand(Email email, Password password) {

    public SetPasswordCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }
}
