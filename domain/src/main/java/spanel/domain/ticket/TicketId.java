package spanel.domain.ticket;

/** A ticket's id: a positive number. */
public record TicketId(long value) {

    public TicketId {
        if (value <= 0) {
            throw new IllegalArgumentException("a ticket id is a positive integer, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
