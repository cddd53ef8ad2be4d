package spanel.application.admin.port.in;

import java.util.Objects;
import spanel.domain.user.AccountChanges;
import spanel.domain.user.UserId;

public record UpdateUserCommand(UserId admin, UserId user, AccountChanges changes) {

    public UpdateUserCommand {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(changes, "changes");
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("body: nothing to change; send at least one field");
        }
    }
}
