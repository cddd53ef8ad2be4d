package spanel.application.shop.port.out;

import java.time.Instant;
import java.util.Optional;
import spanel.domain.plan.ResetDay;
import spanel.domain.shop.Buyer;
import spanel.domain.shop.Entitlement;
import spanel.domain.user.UserId;

/** Users as buyers of packages. Called inside the purchase's transaction. */
public interface Buyers {

    /**
     * Reads the buyer's balance and entitlement and locks the row until the transaction ends, so
     * the entitlement written back is computed from what is there, and one user's purchases queue.
     */
    Optional<Buyer> lock(UserId user);

    /**
     * Takes {@code fen} from the balance when it covers it, in one guarded update, and returns the
     * buyer as the debit left them, locked as by {@link #lock}: the debit, the read and the lock in
     * one round trip. Empty when the balance falls short or there is no such user.
     */
    Optional<Buyer> debit(UserId user, long fen);

    /** Writes the entitlement a package left, in one update; resets used traffic when told to. */
    void grant(UserId user, Entitlement after, boolean resetTraffic);

    /** Moves the buyer to a node group: the nodes of that group (and of group 0) serve them from now on. */
    void moveToNodeGroup(UserId user, int nodeGroup);

    /** Sets the day of the month the user's traffic resets on, for the reset boundaries after {@code since}. */
    void scheduleResets(UserId user, ResetDay day, Instant since);
}
