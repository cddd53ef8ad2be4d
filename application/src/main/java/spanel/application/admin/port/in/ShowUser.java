package spanel.application.admin.port.in;

import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** An admin looks at one account. */
public interface ShowUser {

    UserAccount show(UserId user);
}
