package spanel.application.ticket.port.in;

import java.util.Objects;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketId;
import spanel.domain.user.UserId;

/** A ticket's user, or staff, closes it; closing a closed ticket answers it as it is. */
public interface CloseTicket {

    Ticket close(Command command);

    /** {@code staff}: closed by an admin, on any user's ticket. */
    record Command(UserId by, boolean staff, TicketId ticket) {
        public Command {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(ticket, "ticket");
        }
    }
}
