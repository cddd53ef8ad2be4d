package spanel.application.ticket;

import java.time.Clock;
import java.time.Instant;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.ticket.port.in.OpenTicket;
import spanel.application.ticket.port.in.TicketThread;
import spanel.application.ticket.port.out.Tickets;
import spanel.domain.ticket.TicketId;

public final class OpenTicketService implements OpenTicket {

    private final Tickets tickets;
    private final TicketThreads threads;
    private final TicketLimit limit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public OpenTicketService(Tickets tickets, TicketLimit limit, TransactionRunner transactions, Clock clock) {
        this.tickets = tickets;
        this.threads = new TicketThreads(tickets);
        this.limit = limit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TicketThread open(Command command) {
        limit.count(command.user());
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            TicketId id = tickets.open(command.user(), command.subject(), now);
            tickets.addMessage(id, command.user(), false, command.text(), now);
            return threads.thread(id);
        });
    }
}
