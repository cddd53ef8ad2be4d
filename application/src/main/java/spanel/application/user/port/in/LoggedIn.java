package spanel.application.user.port.in;

import java.time.Duration;
import java.util.Objects;
import spanel.domain.user.AccessToken;

/** The token, shown this once, and how long it works. */
public record LoggedIn(AccessToken token, Duration expiresIn) {

    public LoggedIn {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresIn, "expiresIn");
    }
}
