package spanel.domain.ticket;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a ticket stands: open (the user waits for staff), answered (staff replied last), closed.
 * A user's reply opens the ticket again, whatever its state; staff cannot reply to a closed one.
 */
public enum TicketState {
    OPEN,
    ANSWERED,
    CLOSED;

    /** The state after a reply: staff answer it, a user's reply (re)opens it. */
    public static TicketState afterReply(boolean fromStaff) {
        return fromStaff ? ANSWERED : OPEN;
    }

    /** The lower-case name used on the wire and in storage. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TicketState> fromWire(String text) {
        for (TicketState state : values()) {
            if (state.wire().equals(text)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
