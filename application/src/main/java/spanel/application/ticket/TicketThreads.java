package spanel.application.ticket;

import spanel.application.ticket.port.in.TicketThread;
import spanel.application.ticket.port.out.Tickets;
import spanel.domain.error.NotFound;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketId;
import spanel.domain.user.UserId;

/** Finding a ticket as a caller may see it, and reading its thread. */
final class TicketThreads {

    private final Tickets tickets;

    TicketThreads(Tickets tickets) {
        this.tickets = tickets;
    }

    /** The ticket, if staff ask or it is the caller's own; otherwise not found (someone else's is not told apart). */
    Ticket visibleTo(UserId caller, boolean staff, TicketId id) {
        return tickets.find(id)
                .filter(ticket -> staff || ticket.isOwnedBy(caller))
                .orElseThrow(() -> new NotFound("no ticket " + id));
    }

    TicketThread thread(TicketId id) {
        Ticket ticket = tickets.find(id).orElseThrow(() -> new NotFound("no ticket " + id));
        return new TicketThread(ticket, tickets.messages(id));
    }
}
