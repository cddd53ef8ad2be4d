package spanel.bootstrap;

import java.time.Duration;
import spanel.adapter.http.ticket.TicketUseCases;
import spanel.application.ticket.CloseTicketService;
import spanel.application.ticket.OpenTicketService;
import spanel.application.ticket.ReplyToTicketService;
import spanel.application.ticket.TicketLimit;
import spanel.application.ticket.TicketQueryService;
import spanel.application.ticket.port.out.Tickets;
import spanel.domain.user.RateLimit;

/** Tickets between users and staff; a user's tickets and replies count against TICKET_RATE_LIMIT an hour. */
final class TicketWiring {

    private TicketWiring() {
    }

    static TicketUseCases tickets(Wiring wiring) {
        Tickets tickets = wiring.persistence().tickets();
        var tx = wiring.persistence().transactionRunner();
        var limit = new TicketLimit(wiring.stores().attemptLimiter(),
                new RateLimit(wiring.settings().ticketRateLimit(), Duration.ofHours(1)));
        return new TicketUseCases(
                new TicketQueryService(tickets),
                new OpenTicketService(tickets, limit, tx, wiring.clock()),
                new ReplyToTicketService(tickets, limit, tx, wiring.clock(), wiring.notices()),
                new CloseTicketService(tickets, wiring.clock()));
    }
}
