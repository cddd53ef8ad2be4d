package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.UserId;

public record UserRegistered(UserId userId) {

    public UserRegistered {
        Objects.requireNonNull(userId, "userId");
    }
}
