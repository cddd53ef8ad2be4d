package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.UserId;

public record ShowUserInfoQuery(UserId userId) {

    public ShowUserInfoQuery {
        Objects.requireNonNull(userId, "userId");
    }
}
