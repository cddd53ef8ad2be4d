package spanel.adapter.http.ticket;

import java.util.Objects;
import spanel.application.ticket.port.in.CloseTicket;
import spanel.application.ticket.port.in.OpenTicket;
import spanel.application.ticket.port.in.ReplyToTicket;
import spanel.application.ticket.port.in.TicketQueries;

/** The use cases behind /user/tickets and /admin/tickets. */
public record TicketUseCases(TicketQueries queries, OpenTicket open, ReplyToTicket reply, CloseTicket close) {

    public TicketUseCases {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(close, "close");
    }
}
