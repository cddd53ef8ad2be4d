package spanel.application.user.port.in;

import spanel.domain.user.UserAccount;

/** A user looks at their own account. */
public interface ShowUserInfo {

    UserAccount show(ShowUserInfoQuery query);
}
