package spanel.application.admin.port.out;

import java.util.Optional;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.user.AccountChanges;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** The accounts as admins browse and moderate them. */
public interface UserDirectory {

    /** Accounts whose email contains the search text (any case), newest first; all of them without one. */
    Page<UserAccount> search(Optional<String> emailContains, PageRequest page);

    /** Bans or unbans; false when there is no such user. */
    boolean setBanned(UserId user, boolean banned);

    /**
     * Applies an admin's changes in one update; false when there is no such user. Throws
     * {@link spanel.domain.user.EmailTaken} when the new email belongs to another account.
     */
    boolean update(UserId user, AccountChanges changes);
}
