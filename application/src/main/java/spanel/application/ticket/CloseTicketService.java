package spanel.application.ticket;

import java.time.Clock;
import java.util.EnumSet;
import spanel.application.ticket.port.in.CloseTicket;
import spanel.application.ticket.port.out.Tickets;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketState;

public final class CloseTicketService implements CloseTicket {

    private final Tickets tickets;
    private final TicketThreads threads;
    private final Clock clock;

    public CloseTicketService(Tickets tickets, Clock clock) {
        this.tickets = tickets;
        this.threads = new TicketThreads(tickets);
        this.clock = clock;
    }

    /** One guarded write: a ticket already closed stays as it was, and is answered as it is. */
    @Override
    public Ticket close(Command command) {
        threads.visibleTo(command.by(), command.staff(), command.ticket());
        tickets.move(command.ticket(), EnumSet.of(TicketState.OPEN, TicketState.ANSWERED), TicketState.CLOSED,
                clock.instant());
        return threads.visibleTo(command.by(), command.staff(), command.ticket());
    }
}
