package spanel.application.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.ticket.port.in.ReplyToTicket;
import spanel.application.ticket.port.in.TicketThread;
import spanel.application.ticket.port.out.Tickets;
import spanel.domain.ticket.TicketClosed;
import spanel.domain.ticket.TicketState;

public final class ReplyToTicketService implements ReplyToTicket {

    /** Staff may answer what is not closed; a user's reply takes a ticket from any state back to open. */
    private static final Set<TicketState> STAFF_MAY_ANSWER = EnumSet.of(TicketState.OPEN, TicketState.ANSWERED);

    private final Tickets tickets;
    private final TicketThreads threads;
    private final TicketLimit limit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ReplyToTicketService(Tickets tickets, TicketLimit limit, TransactionRunner transactions, Clock clock) {
        this.tickets = tickets;
        this.threads = new TicketThreads(tickets);
        this.limit = limit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TicketThread reply(Command command) {
        threads.visibleTo(command.author(), command.staff(), command.ticket());
        if (!command.staff()) {
            limit.count(command.author());
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Set<TicketState> from = command.staff() ? STAFF_MAY_ANSWER : EnumSet.allOf(TicketState.class);
            // The guarded move settles a race with a close: staff's answer to a ticket closed meanwhile is refused.
            if (!tickets.move(command.ticket(), from, TicketState.afterReply(command.staff()), now)) {
                throw new TicketClosed(command.ticket());
            }
            tickets.addMessage(command.ticket(), command.author(), command.staff(), command.text(), now);
            return threads.thread(command.ticket());
        });
    }
}
