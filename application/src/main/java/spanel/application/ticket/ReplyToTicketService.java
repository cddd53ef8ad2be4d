package spanel.application.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.Notices;
import spanel.application.ticket.port.in.ReplyToTicket;
import spanel.application.ticket.port.in.TicketThread;
import spanel.application.ticket.port.out.Tickets;
import spanel.domain.notice.NoticeEvent;
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
    private final Notices notices;

    /** Raises no notices. */
    public ReplyToTicketService(Tickets tickets, TicketLimit limit, TransactionRunner transactions, Clock clock) {
        this(tickets, limit, transactions, clock, Notices.none());
    }

    /** A staff answer raises "ticket answered" to the ticket's owner, in the answer's transaction. */
    public ReplyToTicketService(Tickets tickets, TicketLimit limit, TransactionRunner transactions, Clock clock,
            Notices notices) {
        this.tickets = tickets;
        this.threads = new TicketThreads(tickets);
        this.limit = limit;
        this.transactions = transactions;
        this.clock = clock;
        this.notices = java.util.Objects.requireNonNull(notices);
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
            TicketThread thread = threads.thread(command.ticket());
            if (command.staff()) {
                var answer = thread.messages().get(thread.messages().size() - 1);
                notices.raise(Notice.toUser(NoticeEvent.TICKET_ANSWERED, thread.ticket().user(), "message:" + answer.id(),
                        Map.of("ticket_id", thread.ticket().id().toString(), "subject", thread.ticket().subject())));
            }
            return thread;
        });
    }
}
