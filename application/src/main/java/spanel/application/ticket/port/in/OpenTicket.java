package spanel.application.ticket.port.in;

import java.util.Objects;
import spanel.domain.ticket.TicketText;
import spanel.domain.user.UserId;

/** A user asks staff something: a new ticket with its first message. Rate-limited per user. */
public interface OpenTicket {

    TicketThread open(Command command);

    record Command(UserId user, String subject, String text) {
        public Command {
            Objects.requireNonNull(user, "user");
            TicketText.subject(subject);
            TicketText.text(text);
        }
    }
}
