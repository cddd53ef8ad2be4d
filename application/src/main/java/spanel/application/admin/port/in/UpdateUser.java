package spanel.application.admin.port.in;

import spanel.domain.user.UserAccount;

/**
 * An admin edits an account: class and its expiry, account expiry, traffic quota, a reset of the
 * used traffic, node group, speed and device limits, email. Only the fields given change; the
 * change and its audit entry land in one transaction.
 */
public interface UpdateUser {

    UserAccount update(UpdateUserCommand command);
}
