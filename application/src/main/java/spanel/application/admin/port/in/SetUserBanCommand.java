package spanel.application.admin.port.in;

import java.util.Objects;
import spanel.domain.user.UserId;

public record SetUserBanCommand(UserId admin, UserId user, boolean banned) {

    public SetUserBanCommand {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(user, "user");
    }
}
