package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.AccessToken;

public record LogOutCommand(AccessToken token) {

    public LogOutCommand {
        Objects.requireNonNull(token, "token");
    }
}
