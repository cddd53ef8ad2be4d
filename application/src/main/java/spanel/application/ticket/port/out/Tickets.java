package spanel.application.ticket.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketMessage;
import spanel.domain.ticket.TicketState;
import spanel.domain.user.UserId;

/** Tickets and their threads. State changes are guarded writes: they apply only from the states given. */
public interface Tickets {

    /** A new open ticket without messages; returns its id. */
    TicketId open(UserId user, String subject, Instant at);

    void addMessage(TicketId ticket, UserId author, boolean fromStaff, String text, Instant at);

    /** Moves the ticket to {@code to} if it is in one of {@code from}, touching its activity time; false otherwise. */
    boolean move(TicketId ticket, Set<TicketState> from, TicketState to, Instant at);

    Optional<Ticket> find(TicketId ticket);

    /** The thread, oldest message first. */
    List<TicketMessage> messages(TicketId ticket);

    Page<Ticket> ofUser(UserId user, PageRequest page);

    Page<Ticket> inState(Optional<TicketState> state, PageRequest page);
}
