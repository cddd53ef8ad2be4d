package spanel.application.ticket;

import java.util.Optional;
import spanel.application.ticket.port.in.TicketQueries;
import spanel.application.ticket.port.in.TicketThread;
import spanel.application.ticket.port.out.Tickets;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketState;
import spanel.domain.user.UserId;

public final class TicketQueryService implements TicketQueries {

    private final Tickets tickets;
    private final TicketThreads threads;

    public TicketQueryService(Tickets tickets) {
        this.tickets = tickets;
        this.threads = new TicketThreads(tickets);
    }

    @Override
    public Page<Ticket> mine(UserId user, PageRequest page) {
        return tickets.ofUser(user, page);
    }

    @Override
    public TicketThread mine(UserId user, TicketId ticket) {
        threads.visibleTo(user, false, ticket);
        return threads.thread(ticket);
    }

    @Override
    public Page<Ticket> all(Optional<TicketState> state, PageRequest page) {
        return tickets.inState(state, page);
    }

    @Override
    public TicketThread one(TicketId ticket) {
        return threads.thread(ticket);
    }
}
