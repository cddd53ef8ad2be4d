package spanel.application.content;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.content.Announcement;
import spanel.domain.error.NotFound;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** Whether an announcement is shown to a user now: by the user's effective class (0 once the class expired) and group. */
final class Readers {

    private final UserAccounts accounts;
    private final Clock clock;

    Readers(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A test of "shown to this user now", read once for a whole list. */
    Predicate<Announcement> shownTo(UserId user) {
        UserAccount account = accounts.find(user).orElseThrow(() -> new NotFound("no user " + user));
        Instant now = clock.instant();
        int effectiveClass = account.classExpire().isAfter(now) ? account.userClass() : 0;
        return announcement -> announcement.isShownTo(effectiveClass, account.nodeGroup(), now);
    }
}
