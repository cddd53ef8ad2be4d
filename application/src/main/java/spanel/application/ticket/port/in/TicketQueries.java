package spanel.application.ticket.port.in;

import java.util.Optional;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketState;
import spanel.domain.user.UserId;

/** Reading tickets: a user's own, and every ticket for staff. */
public interface TicketQueries {

    /** The user's tickets, the most recently active first. */
    Page<Ticket> mine(UserId user, PageRequest page);

    /** One of the user's tickets with its messages; someone else's is not found. */
    TicketThread mine(UserId user, TicketId ticket);

    /** Every ticket, or those in one state, the longest untouched first (what waits longest comes first). */
    Page<Ticket> all(Optional<TicketState> state, PageRequest page);

    TicketThread one(TicketId ticket);
}
