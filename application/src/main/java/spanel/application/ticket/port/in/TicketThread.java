package spanel.application.ticket.port.in;

import java.util.List;
import java.util.Objects;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketMessage;

/** A ticket with its messages, oldest first: what opening, replying and showing a ticket answer. */
public record TicketThread(Ticket ticket, List<TicketMessage> messages) {

    public TicketThread {
        Objects.requireNonNull(ticket, "ticket");
        messages = List.copyOf(messages);
    }
}
