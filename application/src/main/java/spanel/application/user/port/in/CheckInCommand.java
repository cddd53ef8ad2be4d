package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.UserId;

public record CheckInCommand(UserId user) {

    public CheckInCommand {
        Objects.requireNonNull(user, "user");
    }
}
