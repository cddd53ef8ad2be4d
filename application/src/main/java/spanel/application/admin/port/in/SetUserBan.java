package spanel.application.admin.port.in;

import java.util.Objects;
import spanel.domain.user.UserId;

/**
 * An admin bans a user, or lifts the ban. A banned user's tokens stop working on their next
 * request, because every request reads the account afresh; nothing needs revoking.
 */
public interface SetUserBan {

    UserBanSet set(Command command);

    record Command(UserId admin, UserId user, boolean banned) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(user, "user");
        }
    }

    record UserBanSet(UserId user, boolean banned) {
    }
}
