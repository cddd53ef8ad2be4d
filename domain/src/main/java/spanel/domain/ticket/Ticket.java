package spanel.domain.ticket;

import java.time.Instant;
import java.util.Objects;
import spanel.domain.user.UserId;

/** A ticket as listed: who opened it, about what, where it stands, and its last activity. */
public record Ticket(TicketId id, UserId user, String subject, TicketState state, Instant createdAt, Instant updatedAt) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isOwnedBy(UserId someone) {
        return user.equals(someone);
    }
}
