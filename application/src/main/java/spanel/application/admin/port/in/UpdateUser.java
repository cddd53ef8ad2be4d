package spanel.application.admin.port.in;

import java.util.Objects;
import spanel.domain.user.AccountChanges;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/**
 * An admin edits an account: class and its expiry, account expiry, traffic quota, a reset of the
 * used traffic, node group, speed and device limits, email. Only the fields given change; the
 * change and its audit entry land in one transaction.
 */
public interface UpdateUser {

    UserAccount update(Command command);

    record Command(UserId admin, UserId user, AccountChanges changes) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(changes, "changes");
            if (changes.isEmpty()) {
                throw new IllegalArgumentException("body: nothing to change; send at least one field");
            }
        }
    }
}
