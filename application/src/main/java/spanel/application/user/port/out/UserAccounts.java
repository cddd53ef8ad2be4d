package spanel.application.user.port.out;

import java.util.Optional;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.Email;
import spanel.domain.user.NewAccount;
import spanel.domain.user.StoredLogin;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** The accounts. Uniqueness (email, port, UUID, invite code) is settled by the database's constraints. */
public interface UserAccounts {

    /**
     * Stores a new account. Throws {@link spanel.domain.user.EmailTaken} when the email is taken,
     * {@link CredentialsTaken} when its port, UUID or invite code is.
     */
    UserId add(NewAccount account);

    Optional<StoredLogin> findLogin(Email email);

    /** Lifts the account's log-in limits: its {@link StoredLogin#unlocks()} goes up by one; empty when there is no such account. */
    Optional<UserId> unlockLogIns(Email email);

    Optional<UserAccount> find(UserId id);

    Optional<UserId> findByInviteCode(String inviteCode);

    /** The stored password hash of an account; empty when there is no such account. */
    Optional<String> passwordHashOf(UserId id);

    /** Replaces the stored password hash; false when there is no such account. */
    boolean replacePasswordHash(UserId id, String passwordHash);

    /**
     * Adds to the traffic quota in one guarded increment that never passes 2^63-1 bytes; the new
     * quota, or empty when there is no such account or the quota would overflow.
     */
    Optional<Traffic> addToQuota(UserId id, Traffic bonus);

    /** Another account holds the port, UUID or invite code just drawn: draw again. */
    final class CredentialsTaken extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public CredentialsTaken(String which) {
            super(which + " is taken", null, false, false);
        }
    }
}
