package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.AccessToken;

public record AuthenticateCommand(AccessToken token) {

    public AuthenticateCommand {
        Objects.requireNonNull(token, "token");
    }
}
