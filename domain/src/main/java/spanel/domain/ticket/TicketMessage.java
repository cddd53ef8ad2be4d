package spanel.domain.ticket;

import java.time.Instant;
import java.util.Objects;
import spanel.domain.user.UserId;

/** One message of a ticket's thread, from its user or from staff; plain text, never markup. */
public record TicketMessage(long id, UserId author, boolean fromStaff, String text, Instant createdAt) {

    public TicketMessage {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
