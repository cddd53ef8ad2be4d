package spanel.application.ticket.port.in;

import java.util.Objects;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketText;
import spanel.domain.user.UserId;

/**
 * A reply on a ticket, by its user (which opens it again, even closed; rate-limited) or by staff
 * (which marks it answered; refused on a closed ticket).
 */
public interface ReplyToTicket {

    TicketThread reply(Command command);

    /** {@code staff}: the author replies as an admin, on any user's ticket. */
    record Command(UserId author, boolean staff, TicketId ticket, String text) {
        public Command {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(ticket, "ticket");
            TicketText.text(text);
        }
    }
}
