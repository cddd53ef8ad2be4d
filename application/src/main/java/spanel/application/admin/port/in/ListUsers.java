package spanel.application.admin.port.in;

import spanel.domain.page.Page;
import spanel.domain.user.UserAccount;

/** An admin pages through the accounts, optionally searching by email. */
public interface ListUsers {

    Page<UserAccount> list(ListUsersQuery query);
}
